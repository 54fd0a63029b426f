using GitOpsLint.Rules.References;
using GitOpsLint.Rules.Tests.Infrastructure;

namespace GitOpsLint.Rules.Tests.References;

public sealed class HelmValueKeysAnalyzerTests
{
    private static Dictionary<string, string> Repo(string helm) => new()
    {
        ["apps/app.yaml"] = "apiVersion: argoproj.io/v1alpha1\nkind: Application\nmetadata:\n  name: myapp\nspec:\n  project: default\n  source:\n    repoURL: https://github.com/org/monorepo.git\n    path: charts/myapp\n    helm:\n" + helm + "  destination:\n    server: https://kubernetes.default.svc\n    namespace: myapp\n",
        ["charts/myapp/Chart.yaml"] = "apiVersion: v2\nname: myapp\nversion: 1.0.0\ndependencies:\n  - name: redis\n    version: 18.0.0\n    repository: https://charts.bitnami.com/bitnami\n",
        ["charts/myapp/values.yaml"] = "replicaCount: 1\nimage:\n  repository: ghcr.io/org/myapp\n  tag: \"\"\npodAnnotations: {}\ntolerations: []\n",
        ["charts/myapp/templates/deployment.yaml"] = "spec:\n  {{- with .Values.extraEnv }}\n  env: {{ toYaml . }}\n  {{- end }}\n",
        ["environments/prod/values.yaml"] = "replicaCount: 3\nimage:\n  tga: v1\npodAnnotations:\n  team: a\nextraEnv:\n  A: b\nredis:\n  auth: {}\nglobal:\n  x: 1\nreplicacount: 2\n",
    };

    [Fact]
    public void ParameterTypoIsReportedWithSuggestion()
    {
        var diagnostics = RuleHarness.Run(Repo("      parameters:\n        - name: image.tga\n          value: v1\n        - name: image.tag\n          value: v1\n        - name: podAnnotations.a\\.b/c\n          value: x\n        - name: tolerations[0].key\n          value: x\n"), new HelmValueKeysAnalyzer());
        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal("GOL208 apps/app.yaml(12,17)", RuleHarness.Summarize([diagnostic])[0]);
        Assert.Equal("'image.tga' is not a value of chart charts/myapp ('tga' is not in charts/myapp/values.yaml under 'image'); Helm ignores it and the chart keeps its default: did you mean 'image.tag'?", diagnostic.Message);
    }

    [Fact]
    public void ValueFileKeysUnknownToTheChartAreReportedInTheValueFile()
    {
        var diagnostics = RuleHarness.Run(Repo("      valueFiles:\n        - ../../environments/prod/values.yaml\n"), new HelmValueKeysAnalyzer());
        Assert.Equal(["GOL209 environments/prod/values.yaml(3,3)", "GOL209 environments/prod/values.yaml(12,1)"], RuleHarness.Summarize(diagnostics));
        Assert.Contains("did you mean 'replicaCount'?", diagnostics[1].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ValuesObjectKeysAreChecked()
    {
        var diagnostics = RuleHarness.Run(Repo("      valuesObject:\n        replicaCount: 2\n        imag:\n          tag: v1\n"), new HelmValueKeysAnalyzer());
        Assert.Equal(["GOL208 apps/app.yaml(13,9)"], RuleHarness.Summarize(diagnostics));
    }

    [Fact]
    public void RemoteChartsAreNotChecked()
    {
        var files = Repo("      parameters:\n        - name: image.tag\n          value: v1\n");
        files["apps/remote.yaml"] = "apiVersion: argoproj.io/v1alpha1\nkind: Application\nmetadata:\n  name: redis\nspec:\n  source:\n    repoURL: https://charts.bitnami.com/bitnami\n    chart: redis\n    helm:\n      parameters:\n        - name: anything.at.all\n          value: x\n";
        Assert.Empty(RuleHarness.Run(files, new HelmValueKeysAnalyzer()));
    }

    [Theory]
    [InlineData("a.b.c", "a|b|c")]
    [InlineData("a\\.b.c", "a.b|c")]
    [InlineData("list[0].x", "list")]
    [InlineData("a..b", "")]
    public void ParameterNamesSplitLikeHelmSet(string name, string expected) =>
        Assert.Equal(expected, string.Join('|', HelmValueKeysAnalyzer.SplitParameterName(name)));
}
