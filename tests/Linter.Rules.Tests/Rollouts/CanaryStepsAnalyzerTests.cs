using GitOpsLint.Rules.Rollouts;
using GitOpsLint.Rules.Tests.Infrastructure;

namespace GitOpsLint.Rules.Tests.Rollouts;

public sealed class CanaryStepsAnalyzerTests
{
    private static Dictionary<string, string> Rollout(string steps, string replicas = "  replicas: 10\n") => new()
    {
        ["rollout.yaml"] = "apiVersion: argoproj.io/v1alpha1\nkind: Rollout\nmetadata:\n  name: app\nspec:\n" + replicas + "  strategy:\n    canary:\n      steps:\n" + steps,
    };

    [Fact]
    public void IncreasingWeightsAndValidPausesAreClean() =>
        Assert.Empty(RuleHarness.Run(Rollout("        - setWeight: 10\n        - pause: {duration: 5m}\n        - setWeight: 50\n        - pause: {duration: 30}\n        - pause: {}\n        - setWeight: 100\n"), new CanaryStepsAnalyzer()));

    [Fact]
    public void WeightOutOfRangeIsAnError()
    {
        var findings = RuleHarness.Run(Rollout("        - setWeight: 150\n"), new CanaryStepsAnalyzer());

        Assert.Equal(["GOL801 rollout.yaml(10,22)"], RuleHarness.Summarize(findings));
        Assert.StartsWith("setWeight 150 is outside 0..100", findings[0].Message);
    }

    [Fact]
    public void DecreasingWeightIsAWarning() =>
        Assert.Equal(["GOL802 rollout.yaml(11,22)"], RuleHarness.Summarize(RuleHarness.Run(Rollout("        - setWeight: 50\n        - setWeight: 20\n"), new CanaryStepsAnalyzer())));

    [Theory]
    [InlineData("1d")]
    [InlineData("\"5 minutes\"")]
    [InlineData("-1")]
    public void MalformedPauseIsAnError(string duration) =>
        Assert.Equal(["GOL803 rollout.yaml(10,29)"], RuleHarness.Summarize(RuleHarness.Run(Rollout($"        - pause: {{duration: {duration}}}\n"), new CanaryStepsAnalyzer())));

    [Fact]
    public void WeightsNeedEnoughPodsWithoutTrafficRouting()
    {
        var findings = RuleHarness.Run(Rollout("        - setWeight: 10\n        - setWeight: 50\n", replicas: string.Empty), new CanaryStepsAnalyzer());

        Assert.Equal(["GOL806 rollout.yaml(9,22)"], RuleHarness.Summarize(findings));
        Assert.Contains("with 1 replica(s) setWeight 10 cannot be met (0.1 canary pods); set replicas to at least 10", findings[0].Message);
    }
}
