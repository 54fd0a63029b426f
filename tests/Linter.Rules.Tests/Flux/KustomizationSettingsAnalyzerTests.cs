using GitOpsLint.Rules.Flux;
using GitOpsLint.Rules.Tests.Infrastructure;

namespace GitOpsLint.Rules.Tests.Flux;

public sealed class KustomizationSettingsAnalyzerTests
{
    private static Dictionary<string, string> File(string spec) => new()
    {
        ["k.yaml"] = "apiVersion: kustomize.toolkit.fluxcd.io/v1\nkind: Kustomization\nmetadata:\n  name: apps\n  namespace: flux-system\nspec:\n  interval: 1m\n" + spec,
    };

    [Fact]
    public void WaitWithoutTimeoutIsANoteOnWait()
    {
        var findings = RuleHarness.Run(File("  prune: true\n  wait: true\n"), new KustomizationSettingsAnalyzer());

        Assert.Equal(["GOL407 k.yaml(9,3)"], RuleHarness.Summarize(findings));
        Assert.Contains("after the interval (1m)", findings[0].Message);
    }

    [Fact]
    public void WaitWithTimeoutAndPruneTrueAreClean() =>
        Assert.Empty(RuleHarness.Run(File("  prune: true\n  wait: true\n  timeout: 5m\n"), new KustomizationSettingsAnalyzer()));

    [Fact]
    public void PruneFalseIsReportedOnTheValue() =>
        Assert.Equal(["GOL408 k.yaml(8,10)"], RuleHarness.Summarize(RuleHarness.Run(File("  prune: false\n"), new KustomizationSettingsAnalyzer())));

    [Fact]
    public void MissingPruneIsReportedOnSpec()
    {
        var findings = RuleHarness.Run(File("  path: ./apps\n"), new KustomizationSettingsAnalyzer());

        Assert.Equal(["GOL408 k.yaml(6,1)"], RuleHarness.Summarize(findings));
        Assert.StartsWith("'prune' is missing", findings[0].Message);
    }

    [Fact]
    public void KustomizeConfigurationIsNotAFluxKustomization()
    {
        var files = new Dictionary<string, string> { ["kustomization.yaml"] = "apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\nresources: [a.yaml]\n" };
        Assert.Empty(RuleHarness.Run(files, new KustomizationSettingsAnalyzer()));
    }
}
