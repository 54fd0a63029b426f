using GitOpsLint.Rules.Helmfile;
using GitOpsLint.Rules.Tests.Infrastructure;

namespace GitOpsLint.Rules.Tests.Helmfile;

public sealed class HelmfileLayoutAnalyzerTests
{
    [Fact]
    public void EnvironmentsInTheReleasesPartAndUnusedRepositoriesAreReported()
    {
        var helmfile = "repositories:\n  - name: bitnami\n    url: https://charts.bitnami.com/bitnami\nenvironments:\n  prod: {}\nreleases:\n  - name: myapp\n    chart: ../charts/myapp\n";
        var findings = RuleHarness.Run(new Dictionary<string, string> { ["helmfile.yaml"] = helmfile }, new HelmfileLayoutAnalyzer());

        Assert.Equal(["GOL822 helmfile.yaml(2,11)", "GOL821 helmfile.yaml(4,1)"], RuleHarness.Summarize(findings));
    }

    [Fact]
    public void SeparatedPartsAndUsedRepositoriesAreClean()
    {
        var helmfile = "repositories:\n  - name: bitnami\n    url: https://charts.bitnami.com/bitnami\nenvironments:\n  prod: {}\n---\nreleases:\n  - name: redis\n    chart: bitnami/redis\n";
        Assert.Empty(RuleHarness.Run(new Dictionary<string, string> { ["helmfile.yaml"] = helmfile }, new HelmfileLayoutAnalyzer()));
    }
}
