using GitOpsLint.Rules.ArgoCD;
using GitOpsLint.Rules.Tests.Infrastructure;

namespace GitOpsLint.Rules.Tests.ArgoCD;

public sealed class TargetRevisionAnalyzerTests
{
    private static IReadOnlyList<string> Run(string manifest, string? configuration = null) =>
        RuleHarness.Summarize(RuleHarness.Run(new Dictionary<string, string> { ["apps/app.yaml"] = manifest }, configuration, new TargetRevisionAnalyzer()));

    [Theory]
    [InlineData("main")]
    [InlineData("HEAD")]
    [InlineData("'*'")]
    [InlineData("release/next")]
    public void ProductionBranchIsReported(string revision)
    {
        var diagnostics = RuleHarness.Run(new Dictionary<string, string> { ["apps/app.yaml"] = ArgoTestManifests.App(destinationNamespace: "myapp-prod", revision: revision) }, new TargetRevisionAnalyzer());
        Assert.Equal(["GOL301 apps/app.yaml(11,21)"], RuleHarness.Summarize(diagnostics));
    }

    [Fact]
    public void MessageNamesReasonAndRemedy()
    {
        var diagnostic = Assert.Single(RuleHarness.Run(new Dictionary<string, string> { ["apps/app.yaml"] = ArgoTestManifests.App(destinationNamespace: "myapp-prod", revision: "main") }, new TargetRevisionAnalyzer()));
        Assert.Equal("production Application myapp (destination namespace 'myapp-prod') tracks the branch 'main': every change there deploys to production without a reviewed release; pin a release tag or commit SHA", diagnostic.Message);
    }

    [Theory]
    [InlineData("v1.2.3")]
    [InlineData("1.4.0-rc.1")]
    [InlineData("3f2a9c1d8e7b6a5f4e3d2c1b0a9f8e7d6c5b4a39")]
    [InlineData("myapp/v2.0.1")]
    public void PinnedRevisionIsClean(string revision) =>
        Assert.Empty(Run(ArgoTestManifests.App(destinationNamespace: "myapp-prod", revision: revision)));

    [Fact]
    public void NonProductionBranchIsClean() => Assert.Empty(Run(ArgoTestManifests.App(destinationNamespace: "myapp-staging", revision: "main")));

    [Fact]
    public void ProductionIsAlsoRecognisedFromTheFilePath() =>
        Assert.Single(RuleHarness.Run(new Dictionary<string, string> { ["clusters/production/app.yaml"] = ArgoTestManifests.App(revision: "main") }, new TargetRevisionAnalyzer()));

    [Fact]
    public void ProductionPatternsAreConfigurable()
    {
        var configuration = "rules:\n  GOL301:\n    options:\n      productionPatterns: ['^live-']\n";
        Assert.Equal(["GOL301 apps/app.yaml(11,21)"], Run(ArgoTestManifests.App(destinationNamespace: "live-shop", revision: "main"), configuration));
        Assert.Empty(Run(ArgoTestManifests.App(destinationNamespace: "myapp-prod", revision: "main"), configuration));
    }

    [Fact]
    public void ChartVersionRangesFloat()
    {
        var manifest = "apiVersion: argoproj.io/v1alpha1\nkind: Application\nmetadata:\n  name: redis-prod\nspec:\n  source:\n    repoURL: https://charts.bitnami.com/bitnami\n    chart: redis\n    targetRevision: 18.x\n";
        Assert.Equal(["GOL301 apps/app.yaml(9,21)"], Run(manifest));
        Assert.Empty(Run(manifest.Replace("18.x", "18.1.2", StringComparison.Ordinal)));
    }

    [Fact]
    public void MissingRevisionIsReportedOnTheSourceKey()
    {
        var manifest = ArgoTestManifests.App(destinationNamespace: "prod").Replace("    targetRevision: v1.2.3\n", string.Empty, StringComparison.Ordinal);
        Assert.Equal(["GOL301 apps/app.yaml(8,3)"], Run(manifest));
    }
}
