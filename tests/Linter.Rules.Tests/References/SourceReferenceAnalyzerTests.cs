using GitOpsLint.Rules.References;
using GitOpsLint.Rules.Tests.Infrastructure;

namespace GitOpsLint.Rules.Tests.References;

public sealed class SourceReferenceAnalyzerTests
{
    private const string Chart = "apiVersion: v2\nname: myapp\nversion: 1.0.0\n";

    private static string App(string source, string name = "myapp") =>
        $"apiVersion: argoproj.io/v1alpha1\nkind: Application\nmetadata:\n  name: {name}\n  namespace: argocd\nspec:\n  project: default\n  source:\n{source}  destination:\n    server: https://kubernetes.default.svc\n    namespace: myapp\n";

    private static Dictionary<string, string> Repo(string appSource) => new()
    {
        ["apps/app.yaml"] = App(appSource),
        ["charts/myapp/Chart.yaml"] = Chart,
        ["charts/myapp/values.yaml"] = "replicaCount: 1\n",
        ["environments/prod/values.yaml"] = "replicaCount: 3\n",
    };

    [Fact]
    public void ValueFileRelativeToRepositoryRootIsMissingWithFix()
    {
        var files = Repo("    repoURL: https://github.com/org/monorepo.git\n    path: charts/myapp\n    helm:\n      valueFiles:\n        - values.yaml\n        - environments/prod/values.yaml\n");
        var diagnostic = Assert.Single(RuleHarness.Run(files, new SourceReferenceAnalyzer()));
        Assert.Equal("GOL203 apps/app.yaml(14,11)", RuleHarness.Summarize([diagnostic])[0]);
        Assert.Equal("value file 'environments/prod/values.yaml' does not exist: Argo CD resolves it relative to the source path 'charts/myapp' (charts/myapp/environments/prod/values.yaml), so manifest generation fails; use '../../environments/prod/values.yaml'", diagnostic.Message);
        var edit = Assert.Single(diagnostic.Fix!.Edits);
        Assert.Equal("../../environments/prod/values.yaml", edit.NewText);
        Assert.Equal(14, edit.Span.Start.Line);
    }

    [Fact]
    public void CorrectApplicationHasNoFinding()
    {
        var files = Repo("    repoURL: https://github.com/org/monorepo.git\n    path: charts/myapp\n    helm:\n      valueFiles:\n        - values.yaml\n        - ../../environments/prod/values.yaml\n        - /environments/prod/values.yaml\n");
        Assert.Empty(RuleHarness.Run(files, new SourceReferenceAnalyzer()));
    }

    [Fact]
    public void MissingSourcePathSuggestsExistingFolder()
    {
        var files = Repo("    repoURL: https://github.com/org/monorepo.git\n    path: charts/myapp\n");
        files["apps/other.yaml"] = App("    repoURL: https://github.com/org/monorepo.git\n    path: myapp\n", "other");
        var diagnostic = Assert.Single(RuleHarness.Run(files, new SourceReferenceAnalyzer()));
        Assert.Equal("GOL201 apps/other.yaml(10,11)", RuleHarness.Summarize([diagnostic])[0]);
        Assert.Contains("did you mean 'charts/myapp'?", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void OtherRepositoriesAreNotChecked()
    {
        var files = Repo("    repoURL: https://github.com/org/monorepo.git\n    path: charts/myapp\n");
        files["apps/other.yaml"] = App("    repoURL: https://github.com/org/elsewhere.git\n    path: deploy/chart\n    helm:\n      valueFiles: [missing.yaml]\n", "other");
        Assert.Empty(RuleHarness.Run(files, new SourceReferenceAnalyzer()));
    }

    [Fact]
    public void DeclaredRepositoryMakesEveryPathChecked()
    {
        var files = new Dictionary<string, string> { ["apps/app.yaml"] = App("    repoURL: git@github.com:org/monorepo.git\n    path: charts/nothing\n") };
        var diagnostics = RuleHarness.Run(files, "repositories:\n  self: [https://github.com/org/monorepo]\n", new SourceReferenceAnalyzer());
        Assert.Equal(["GOL201 apps/app.yaml(10,11)"], RuleHarness.Summarize(diagnostics));
    }

    [Fact]
    public void GitConfigRemoteIdentifiesTheRepository()
    {
        var files = new Dictionary<string, string>
        {
            ["apps/app.yaml"] = App("    repoURL: https://github.com/org/monorepo.git\n    path: charts/nothing\n"),
            [".git/config"] = "[core]\n\tbare = false\n[remote \"origin\"]\n\turl = git@github.com:org/monorepo.git\n\tfetch = +refs/heads/*:refs/remotes/origin/*\n",
        };
        Assert.Equal(["GOL201 apps/app.yaml(10,11)"], RuleHarness.Summarize(RuleHarness.Run(files, new SourceReferenceAnalyzer())));
    }

    [Fact]
    public void IgnoreMissingValueFilesAndUrlsAreAccepted()
    {
        var files = Repo("    repoURL: https://github.com/org/monorepo.git\n    path: charts/myapp\n    helm:\n      ignoreMissingValueFiles: true\n      valueFiles:\n        - values-optional.yaml\n");
        files["apps/b.yaml"] = App("    repoURL: https://github.com/org/monorepo.git\n    path: charts/myapp\n    helm:\n      valueFiles:\n        - https://example.com/values.yaml\n        - $ARGOCD_APP_NAME.yaml\n", "myapp");
        files["charts/myapp/myapp.yaml"] = "a: 1\n";
        Assert.Empty(RuleHarness.Run(files, new SourceReferenceAnalyzer()));
    }

    [Fact]
    public void MissingFileParameterIsReported()
    {
        var files = Repo("    repoURL: https://github.com/org/monorepo.git\n    path: charts/myapp\n    helm:\n      fileParameters:\n        - name: secrets\n          path: secrets.yaml.gpg\n");
        Assert.Equal(["GOL204 apps/app.yaml(14,17)"], RuleHarness.Summarize(RuleHarness.Run(files, new SourceReferenceAnalyzer())));
    }

    [Fact]
    public void PathAboveTheRootIsReportedNotRead()
    {
        var files = Repo("    repoURL: https://github.com/org/monorepo.git\n    path: charts/myapp\n    helm:\n      valueFiles:\n        - ../../../../etc/passwd\n");
        var diagnostic = Assert.Single(RuleHarness.Run(files, new SourceReferenceAnalyzer()));
        Assert.Equal("GOL206", diagnostic.Id);
        Assert.Equal(13, diagnostic.Location.Span.Start.Line);
    }

    [Fact]
    public void MultiSourceRefsResolveFromTheRefSourceRoot()
    {
        var sources = "apiVersion: argoproj.io/v1alpha1\nkind: Application\nmetadata:\n  name: redis\nspec:\n  project: default\n  destination:\n    server: https://kubernetes.default.svc\n    namespace: redis\n  sources:\n"
            + "    - repoURL: https://github.com/org/monorepo.git\n      targetRevision: v1\n      ref: values\n"
            + "    - repoURL: https://charts.bitnami.com/bitnami\n      chart: redis\n      targetRevision: 18.1.0\n      helm:\n        valueFiles:\n          - $values/environments/prod/values.yaml\n          - $values/environments/prod/redis.yaml\n          - $value/environments/prod/values.yaml\n";
        var files = Repo("    repoURL: https://github.com/org/monorepo.git\n    path: charts/myapp\n");
        files["apps/redis.yaml"] = sources;
        var diagnostics = RuleHarness.Run(files, new SourceReferenceAnalyzer());
        Assert.Equal(["GOL203 apps/redis.yaml(20,13)", "GOL207 apps/redis.yaml(21,13)"], RuleHarness.Summarize(diagnostics));
        Assert.Contains("did you mean '$values'?", diagnostics[1].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void HelmOptionsOnAFolderWithoutChartYaml()
    {
        var files = Repo("    repoURL: https://github.com/org/monorepo.git\n    path: environments/prod\n    helm:\n      releaseName: myapp\n");
        var diagnostic = Assert.Single(RuleHarness.Run(files, new SourceReferenceAnalyzer()));
        Assert.Equal("GOL202 apps/app.yaml(10,11)", RuleHarness.Summarize([diagnostic])[0]);
    }

    [Fact]
    public void FileDependencyWithoutChartYaml()
    {
        var files = Repo("    repoURL: https://github.com/org/monorepo.git\n    path: charts/myapp\n");
        files["charts/myapp/Chart.yaml"] = Chart + "dependencies:\n  - name: common\n    version: 1.0.0\n    repository: file://../common\n  - name: lib\n    version: 1.0.0\n    repository: file://../lib\n";
        files["charts/common/values.yaml"] = "a: 1\n";
        files["charts/lib/Chart.yaml"] = "apiVersion: v2\nname: lib\nversion: 1.0.0\ntype: library\n";
        var diagnostic = Assert.Single(RuleHarness.Run(files, new SourceReferenceAnalyzer()));
        Assert.Equal("GOL202 charts/myapp/Chart.yaml(7,17)", RuleHarness.Summarize([diagnostic])[0]);
        Assert.Contains("charts/common, which has no Chart.yaml", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ApplicationSetTemplatedValueFileIsMatchedAsAPattern()
    {
        var set = "apiVersion: argoproj.io/v1alpha1\nkind: ApplicationSet\nmetadata:\n  name: myapp\nspec:\n  generators:\n    - list:\n        elements:\n          - env: prod\n  template:\n    metadata:\n      name: 'myapp-{{env}}'\n    spec:\n      project: default\n      source:\n        repoURL: https://github.com/org/monorepo.git\n        path: charts/myapp\n        helm:\n          valueFiles:\n            - ../../environments/{{env}}/values.yaml\n            - environments/{{env}}/values.yaml\n      destination:\n        server: https://kubernetes.default.svc\n        namespace: 'myapp-{{env}}'\n";
        var files = Repo("    repoURL: https://github.com/org/monorepo.git\n    path: charts/myapp\n");
        files["apps/set.yaml"] = set;
        var diagnostic = Assert.Single(RuleHarness.Run(files, new SourceReferenceAnalyzer()));
        Assert.Equal("GOL203 apps/set.yaml(21,15)", RuleHarness.Summarize([diagnostic])[0]);
        Assert.Equal("../../environments/{{env}}/values.yaml", diagnostic.Fix!.Edits[0].NewText);
    }
}
