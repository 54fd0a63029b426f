using GitOpsLint.Rules.ArgoCD;
using GitOpsLint.Rules.Tests.Infrastructure;

namespace GitOpsLint.Rules.Tests.ArgoCD;

public sealed class SyncPolicyAnalyzerTests
{
    private static IReadOnlyList<GitOpsLint.Diagnostics.Diagnostic> Run(string syncPolicy) =>
        RuleHarness.Run(new Dictionary<string, string> { ["apps/app.yaml"] = ArgoTestManifests.App(tail: "  syncPolicy:\n" + syncPolicy) }, new SyncPolicyAnalyzer());

    [Fact]
    public void ConsistentPolicyIsClean() => Assert.Empty(Run(
        "    automated:\n      prune: true\n      selfHeal: true\n      allowEmpty: false\n    syncOptions:\n      - CreateNamespace=true\n      - PrunePropagation=foreground\n      - ServerSideApply=true\n    retry:\n      limit: 5\n"));

    [Fact]
    public void AllowEmptyWithoutPrune()
    {
        var diagnostic = Assert.Single(Run("    automated:\n      allowEmpty: true\n"));
        Assert.Equal("GOL302 apps/app.yaml(17,19)", RuleHarness.Summarize([diagnostic])[0]);
    }

    [Fact]
    public void SelfHealOutsideAutomated()
    {
        var diagnostic = Assert.Single(Run("    selfHeal: true\n"));
        Assert.Equal("GOL302 apps/app.yaml(16,5)", RuleHarness.Summarize([diagnostic])[0]);
        Assert.StartsWith("'selfHeal' directly under syncPolicy is ignored", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ReplaceWithServerSideApplyAndRetryWithoutLimit() => Assert.Equal(
        ["GOL302 apps/app.yaml(17,9)", "GOL302 apps/app.yaml(19,5)"],
        RuleHarness.Summarize(Run("    syncOptions:\n      - Replace=true\n      - ServerSideApply=true\n    retry:\n      backoff:\n        duration: 5s\n")));

    [Fact]
    public void AutomatedDisabledWithFlags() =>
        Assert.Equal(["GOL302 apps/app.yaml(18,17)"], RuleHarness.Summarize(Run("    automated:\n      enabled: false\n      selfHeal: true\n")));

    [Fact]
    public void NegativeRetryLimit() =>
        Assert.Equal(["GOL302 apps/app.yaml(17,14)"], RuleHarness.Summarize(Run("    retry:\n      limit: -1\n")));

    [Fact]
    public void MalformedSyncOptionsWithFixes()
    {
        var diagnostics = Run("    syncOptions:\n      - CreateNamespace=True\n      - createNamespace=true\n      - ServerSideApply: true\n      - NoSuchOption=true\n");
        Assert.Equal(["GOL303 apps/app.yaml(17,9)", "GOL303 apps/app.yaml(18,9)", "GOL303 apps/app.yaml(19,9)", "GOL303 apps/app.yaml(20,9)"], RuleHarness.Summarize(diagnostics));
        Assert.Equal("CreateNamespace=true", diagnostics[0].Fix!.Edits[0].NewText);
        Assert.Equal("CreateNamespace=true", diagnostics[1].Fix!.Edits[0].NewText);
        Assert.Contains("write 'ServerSideApply=true'", diagnostics[2].Message, StringComparison.Ordinal);
        Assert.Null(diagnostics[3].Fix);
    }
}
