using GitOpsLint.Rules.Flux;
using GitOpsLint.Rules.Tests.Infrastructure;

namespace GitOpsLint.Rules.Tests.Flux;

public sealed class HelmRepositoryAnalyzerTests
{
    private const string Header = "apiVersion: source.toolkit.fluxcd.io/v1\nkind: HelmRepository\nmetadata:\n  name: bitnami\n  namespace: flux-system\nspec:\n";

    [Fact]
    public void ShortIntervalIsReportedOnTheValue()
    {
        var findings = RuleHarness.Run(new Dictionary<string, string> { ["flux/repo.yaml"] = Header + "  interval: 1m\n  url: https://charts.bitnami.com/bitnami\n" }, new HelmRepositoryAnalyzer());

        var finding = Assert.Single(findings);
        Assert.Equal("GOL401 flux/repo.yaml(7,13)", RuleHarness.Summarize(findings)[0]);
        Assert.Equal("HelmRepository interval 1m downloads the whole repository index every 1m; use at least 5m (e.g. interval: 1h)", finding.Message);
    }

    [Theory]
    [InlineData("5m")]
    [InlineData("1h")]
    [InlineData("24h0m0s")]
    public void IntervalsAtOrAboveTheThresholdAreClean(string interval) =>
        Assert.Empty(RuleHarness.Run(new Dictionary<string, string> { ["repo.yaml"] = Header + $"  interval: {interval}\n  url: https://charts.bitnami.com/bitnami\n" }, new HelmRepositoryAnalyzer()));

    [Fact]
    public void ThresholdComesFromTheRuleOptions()
    {
        var files = new Dictionary<string, string> { ["repo.yaml"] = Header + "  interval: 10m\n  url: https://charts.bitnami.com/bitnami\n" };
        var findings = RuleHarness.Run(files, "rules:\n  GOL401:\n    options:\n      minimumInterval: 30m\n", new HelmRepositoryAnalyzer());

        Assert.Contains("use at least 30m", Assert.Single(findings).Message);
    }

    [Fact]
    public void OciRepositoriesHaveNoIndexAndAreNotCheckedForInterval() =>
        Assert.Empty(RuleHarness.Run(new Dictionary<string, string> { ["repo.yaml"] = Header + "  type: oci\n  interval: 1m\n  url: oci://ghcr.io/org/charts\n" }, new HelmRepositoryAnalyzer()));

    [Fact]
    public void OciUrlWithoutTypeIsAnErrorWithAFixThatAddsTheType()
    {
        var findings = RuleHarness.Run(new Dictionary<string, string> { ["repo.yaml"] = Header + "  interval: 1h\n  url: oci://ghcr.io/org/charts\n" }, new HelmRepositoryAnalyzer());

        var finding = Assert.Single(findings);
        Assert.Equal("GOL402 repo.yaml(8,8)", RuleHarness.Summarize(findings)[0]);
        var edit = Assert.Single(finding.Fix!.Edits);
        Assert.Equal("  type: oci\n", edit.NewText);
        Assert.Equal(9, edit.Span.Start.Line);
    }

    [Fact]
    public void OciTypeWithHttpsUrlIsReportedOnTheType()
    {
        var findings = RuleHarness.Run(new Dictionary<string, string> { ["repo.yaml"] = Header + "  type: oci\n  interval: 1h\n  url: https://charts.bitnami.com/bitnami\n" }, new HelmRepositoryAnalyzer());

        Assert.Equal(["GOL402 repo.yaml(7,9)"], RuleHarness.Summarize(findings));
    }
}
