using GitOpsLint.Rules.Rollouts;
using GitOpsLint.Rules.Tests.Infrastructure;

namespace GitOpsLint.Rules.Tests.Rollouts;

public sealed class RolloutSpecAnalyzerTests
{
    private static Dictionary<string, string> Rollout(string spec) => new()
    {
        ["rollout.yaml"] = "apiVersion: argoproj.io/v1alpha1\nkind: Rollout\nmetadata:\n  name: app\nspec:\n  selector:\n    matchLabels:\n      app: myapp\n" + spec,
    };

    [Fact]
    public void MatchingTemplateIsClean() =>
        Assert.Empty(RuleHarness.Run(Rollout("  template:\n    metadata:\n      labels:\n        app: myapp\n        tier: web\n"), new RolloutSpecAnalyzer()));

    [Fact]
    public void WorkloadRefAloneIsClean() =>
        Assert.Empty(RuleHarness.Run(Rollout("  workloadRef:\n    apiVersion: apps/v1\n    kind: Deployment\n    name: app\n"), new RolloutSpecAnalyzer()));

    [Fact]
    public void SelectorLabelMissingOrDifferentIsReportedOnTheSelectorKey()
    {
        var findings = RuleHarness.Run(Rollout("  template:\n    metadata:\n      labels:\n        app: my-app\n"), new RolloutSpecAnalyzer());

        Assert.Equal(["GOL804 rollout.yaml(8,7)"], RuleHarness.Summarize(findings));
        Assert.StartsWith("selector label app=myapp differs (template has 'my-app')", findings[0].Message);
    }

    [Fact]
    public void NeitherTemplateNorWorkloadRefIsReportedOnSpec() =>
        Assert.Equal(["GOL805 rollout.yaml(5,1)"], RuleHarness.Summarize(RuleHarness.Run(Rollout(string.Empty), new RolloutSpecAnalyzer())));

    [Fact]
    public void BothTemplateAndWorkloadRefIsReportedOnWorkloadRef() =>
        Assert.Equal(["GOL805 rollout.yaml(13,3)"], RuleHarness.Summarize(RuleHarness.Run(Rollout("  template:\n    metadata:\n      labels:\n        app: myapp\n  workloadRef:\n    name: app\n"), new RolloutSpecAnalyzer())));
}
