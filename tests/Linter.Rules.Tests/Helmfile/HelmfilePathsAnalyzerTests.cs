using GitOpsLint.Rules.Helmfile;
using GitOpsLint.Rules.Tests.Infrastructure;

namespace GitOpsLint.Rules.Tests.Helmfile;

public sealed class HelmfilePathsAnalyzerTests
{
    private const string Helmfile =
        "environments:\n  dev: {}\n  prod: {}\n---\nreleases:\n  - name: myapp\n    chart: ../../charts/myapp\n    values:\n      - ../../environments/{{ .Environment.Name }}/values.yaml\n    secrets:\n      - path: secrets/{{ .Environment.Name }}.yaml\n";

    private static Dictionary<string, string> Files(string helmfile, params string[] others)
    {
        var files = new Dictionary<string, string> { ["apps/myapp/helmfile.yaml"] = helmfile, ["charts/myapp/Chart.yaml"] = "apiVersion: v2\nname: myapp\nversion: 1.0.0\n" };
        foreach (var other in others)
        {
            files[other] = "a: 1\n";
        }

        return files;
    }

    [Fact]
    public void EveryFileForEveryEnvironmentPresentIsClean() =>
        Assert.Empty(RuleHarness.Run(Files(Helmfile, "environments/dev/values.yaml", "environments/prod/values.yaml", "apps/myapp/secrets/dev.yaml", "apps/myapp/secrets/prod.yaml"), new HelmfilePathsAnalyzer()));

    [Fact]
    public void MissingFilesAreReportedWithTheirEnvironments()
    {
        var findings = RuleHarness.Run(Files(Helmfile, "environments/dev/values.yaml", "apps/myapp/secrets/dev.yaml", "apps/myapp/secrets/prod.yaml"), new HelmfilePathsAnalyzer());

        Assert.Equal(["GOL247 apps/myapp/helmfile.yaml(9,9)"], RuleHarness.Summarize(findings));
        Assert.StartsWith("values file '../../environments/{{ .Environment.Name }}/values.yaml' does not exist for environment(s) prod (looked for environments/prod/values.yaml", findings[0].Message);
    }

    [Fact]
    public void SecretsInMapFormAreReportedOnThePath()
    {
        var findings = RuleHarness.Run(Files(Helmfile, "environments/dev/values.yaml", "environments/prod/values.yaml"), new HelmfilePathsAnalyzer());

        Assert.Equal(["GOL247 apps/myapp/helmfile.yaml(11,15)"], RuleHarness.Summarize(findings));
    }

    [Fact]
    public void LocalChartIsResolvedFromTheHelmfileFolder()
    {
        var findings = RuleHarness.Run(Files("releases:\n  - name: myapp\n    chart: ./charts/myapp\n  - name: redis\n    chart: bitnami/redis\n"), new HelmfilePathsAnalyzer());

        Assert.Equal(["GOL246 apps/myapp/helmfile.yaml(3,12)"], RuleHarness.Summarize(findings));
        Assert.Contains("resolves to apps/myapp/charts/myapp", findings[0].Message);
    }

    [Fact]
    public void OtherTemplateExpressionsAreSkippedWithANote() =>
        Assert.Equal(["GOL820 apps/myapp/helmfile.yaml(5,9)"], RuleHarness.Summarize(RuleHarness.Run(Files("releases:\n  - name: myapp\n    chart: ../../charts/myapp\n    values:\n      - config/{{ .Values.region }}.yaml\n"), new HelmfilePathsAnalyzer())));

    [Fact]
    public void WithoutEnvironmentsTheDefaultEnvironmentIsUsed() =>
        Assert.Contains("environment(s) default", Assert.Single(RuleHarness.Run(Files("releases:\n  - name: myapp\n    chart: ../../charts/myapp\n    values:\n      - \"{{ .Environment.Name }}.yaml\"\n"), new HelmfilePathsAnalyzer())).Message);
}
