using GitOpsLint.Model.Flux;
using GitOpsLint.Rules.Flux;
using GitOpsLint.Rules.Tests.Infrastructure;

namespace GitOpsLint.Rules.Tests.Flux;

public sealed class ChartVersionAnalyzerTests
{
    private static string Release(string version, string sourceKind) =>
        "apiVersion: helm.toolkit.fluxcd.io/v2\nkind: HelmRelease\nmetadata:\n  name: redis\n  namespace: myapp\nspec:\n  interval: 1h\n  chart:\n    spec:\n      chart: redis\n" +
        $"      version: {version}\n      sourceRef:\n        kind: {sourceKind}\n        name: bitnami\n";

    [Theory]
    [InlineData("latest")]
    [InlineData("\">= 1.0 and < 2.0\"")]
    [InlineData("1.2.3.4")]
    [InlineData("\"~>\"")]
    public void InvalidConstraintsAreErrors(string version)
    {
        var findings = RuleHarness.Run(new Dictionary<string, string> { ["hr.yaml"] = Release(version, "HelmRepository") }, new ChartVersionAnalyzer());

        Assert.Equal(["GOL403 hr.yaml(11,16)"], RuleHarness.Summarize(findings));
    }

    [Theory]
    [InlineData("\"18.x\"")]
    [InlineData("\"1.x.x\"")]
    [InlineData("\"*\"")]
    [InlineData("\">=1.2.0 <2.0.0\"")]
    [InlineData("\">=1.2.0, <2.0.0\"")]
    [InlineData("\"^1.2 || ~2.3\"")]
    [InlineData("\"1.2 - 1.4.5\"")]
    [InlineData("v1.2.3")]
    [InlineData("1.2.3-rc.1+build.5")]
    public void ValidConstraintsAreClean(string version) =>
        Assert.Empty(RuleHarness.Run(new Dictionary<string, string> { ["hr.yaml"] = Release(version, "HelmRepository") }, new ChartVersionAnalyzer()));

    [Fact]
    public void VersionOfAGitChartIsIgnoredAndTheFixRemovesTheLine()
    {
        var findings = RuleHarness.Run(new Dictionary<string, string> { ["hr.yaml"] = Release("\"1.x.x\"", "GitRepository") }, new ChartVersionAnalyzer());

        var finding = Assert.Single(findings);
        Assert.Equal("GOL411 hr.yaml(11,16)", RuleHarness.Summarize(findings)[0]);
        Assert.Contains("the chart comes from GitRepository bitnami", finding.Message);
        var edit = Assert.Single(finding.Fix!.Edits);
        Assert.Equal((11, 1, 12, 1), (edit.Span.Start.Line, edit.Span.Start.Column, edit.Span.End.Line, edit.Span.End.Column));
        Assert.Equal(string.Empty, edit.NewText);
    }

    [Fact]
    public void HelmChartObjectsAreCheckedToo()
    {
        var chart = "apiVersion: source.toolkit.fluxcd.io/v1\nkind: HelmChart\nmetadata:\n  name: redis\n  namespace: flux-system\nspec:\n  interval: 1h\n  chart: redis\n  version: latest\n  sourceRef:\n    kind: HelmRepository\n    name: bitnami\n";
        Assert.Equal(["GOL403 helmchart.yaml(9,12)"], RuleHarness.Summarize(RuleHarness.Run(new Dictionary<string, string> { ["helmchart.yaml"] = chart }, new ChartVersionAnalyzer())));
    }

    [Fact]
    public void ConstraintParserFollowsMasterminds()
    {
        Assert.True(SemverConstraint.IsValid("> 1.0"));
        Assert.True(SemverConstraint.IsValid("=1.0.0"));
        Assert.True(SemverConstraint.IsValid("1.x || >=2.5.0 || 5.0.0 - 7.2.3"));
        Assert.False(SemverConstraint.IsValid("1.0.0 ||"));
        Assert.False(SemverConstraint.IsValid("one"));
    }
}
