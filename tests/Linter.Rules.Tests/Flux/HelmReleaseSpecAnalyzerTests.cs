using GitOpsLint.Rules.Flux;
using GitOpsLint.Rules.Tests.Infrastructure;

namespace GitOpsLint.Rules.Tests.Flux;

public sealed class HelmReleaseSpecAnalyzerTests
{
    private static Dictionary<string, string> Release(string metadata, string spec) => new()
    {
        ["hr.yaml"] = "apiVersion: helm.toolkit.fluxcd.io/v2\nkind: HelmRelease\nmetadata:\n  name: myapp\n" + metadata + "spec:\n" + spec,
    };

    [Fact]
    public void MissingIntervalIsReportedOnTheSpecKey() =>
        Assert.Equal(["GOL413 hr.yaml(6,1)"], RuleHarness.Summarize(RuleHarness.Run(Release("  namespace: myapp\n", "  chartRef:\n    kind: OCIRepository\n    name: myapp\n"), new HelmReleaseSpecAnalyzer())));

    [Fact]
    public void OciRepositoryInChartSpecIsReportedOnTheKind()
    {
        var findings = RuleHarness.Run(Release("  namespace: myapp\n", "  interval: 5m\n  chart:\n    spec:\n      chart: myapp\n      sourceRef:\n        kind: OCIRepository\n        name: myapp-registry\n"), new HelmReleaseSpecAnalyzer());

        Assert.Equal(["GOL414 hr.yaml(12,15)"], RuleHarness.Summarize(findings));
        Assert.Contains("'spec.chartRef: {kind: OCIRepository, name: myapp-registry}'", findings[0].Message);
    }

    [Fact]
    public void ReleaseInFluxSystemWithoutTargetNamespaceIsANote() =>
        Assert.Equal(["GOL415 hr.yaml(5,14)"], RuleHarness.Summarize(RuleHarness.Run(Release("  namespace: flux-system\n", "  interval: 5m\n"), new HelmReleaseSpecAnalyzer())));

    [Fact]
    public void CompleteReleaseIsClean() =>
        Assert.Empty(RuleHarness.Run(Release("  namespace: flux-system\n", "  interval: 5m\n  targetNamespace: myapp\n  chartRef:\n    kind: OCIRepository\n    name: myapp\n"), new HelmReleaseSpecAnalyzer()));
}
