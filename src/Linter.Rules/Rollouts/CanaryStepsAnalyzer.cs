using System.Globalization;
using GitOpsLint.Analysis;
using GitOpsLint.Diagnostics;
using GitOpsLint.Model.Rollouts;
using GitOpsLint.Syntax;

namespace GitOpsLint.Rules.Rollouts;

/// <summary>Canary steps of an Argo Rollout: weights out of range or going back, unreadable pauses, weights pods cannot approximate.</summary>
internal sealed class CanaryStepsAnalyzer : Analyzer
{
    public static readonly DiagnosticDescriptor WeightOutOfRange = new(
        "GOL801",
        "Canary weight outside 0..100",
        "setWeight {0} is outside 0..100: the Rollout is rejected as invalid; use a percentage between 0 and 100",
        DiagnosticCategory.Tools,
        Severity.Error,
        "`setWeight` is the percentage of traffic (or pods) sent to the canary. Argo Rollouts rejects a Rollout whose weights are below 0 or above 100 (`InvalidSpec`), and no update proceeds.")
    {
        BadExample = "steps:\n  - setWeight: 150\n",
        GoodExample = "steps:\n  - setWeight: 50\n",
        Tags = ["argo-rollouts"],
    };

    public static readonly DiagnosticDescriptor WeightDecreasing = new(
        "GOL802",
        "Canary weight goes back down",
        "setWeight {0} is lower than the earlier setWeight {1}: traffic moves back to the stable version mid-rollout; order the weights increasingly (or remove the step)",
        DiagnosticCategory.Tools,
        Severity.Warning,
        "Canary steps normally raise the canary's weight step by step. A lower weight after a higher one shifts traffic back to the stable version in the middle of the rollout, usually a typo (5 for 50) or a reordered list.")
    {
        BadExample = "steps:\n  - setWeight: 50\n  - pause: {duration: 10m}\n  - setWeight: 20\n",
        GoodExample = "steps:\n  - setWeight: 20\n  - pause: {duration: 10m}\n  - setWeight: 50\n",
        Tags = ["argo-rollouts"],
    };

    public static readonly DiagnosticDescriptor BadPause = new(
        "GOL803",
        "Malformed pause duration",
        "pause duration '{0}' cannot be read by Argo Rollouts: use seconds (30) or a duration with a unit (30s, 5m, 1h)",
        DiagnosticCategory.Tools,
        Severity.Error,
        "A canary `pause.duration` is an integer number of seconds or a string with a Go duration unit (`30s`, `5m`, `1h`). Anything else (`5 minutes`, `1d`, `-1`) is rejected (`InvalidSpec`). A pause without duration is valid and waits for a manual promotion.")
    {
        BadExample = "steps:\n  - pause: {duration: 1d}\n",
        GoodExample = "steps:\n  - pause: {duration: 24h}\n",
        Tags = ["argo-rollouts"],
    };

    public static readonly DiagnosticDescriptor WeightNotAttainable = new(
        "GOL806",
        "Canary weight cannot be met with the replica count",
        "without trafficRouting, weights are approximated with pods: with {0} replica(s) setWeight {1} cannot be met ({2}); set replicas to at least {3} or configure trafficRouting",
        DiagnosticCategory.Tools,
        Severity.Note,
        "Without `trafficRouting`, Argo Rollouts approximates a canary weight by scaling the canary and stable ReplicaSets; a weight of 10% needs at least 10 pods to be meaningful. With fewer replicas (1 when `replicas` is not set) the canary gets 0 or all of the traffic, so the step does not test what it claims.")
    {
        BadExample = "spec:\n  strategy:\n    canary:\n      steps:\n        - setWeight: 10\n",
        GoodExample = "spec:\n  replicas: 10\n  strategy:\n    canary:\n      steps:\n        - setWeight: 10\n",
        Tags = ["argo-rollouts"],
    };

    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics { get; } = [WeightOutOfRange, WeightDecreasing, BadPause, WeightNotAttainable];

    public override void Initialize(AnalysisContext context) => context.RegisterObjectAction(c =>
    {
        if (Rollout.From(c.Object) is not { Canary: { } canary } rollout)
        {
            return;
        }

        long? previous = null;
        var replicas = rollout.Replicas is { Resolved: { Type: ScalarType.Int, Value: long count } } ? count : 1;
        var hasTrafficRouting = canary.GetMapping("trafficRouting") is not null;
        var reportedAttainability = false;
        foreach (var step in rollout.Steps)
        {
            if (step.SetWeight is { } weightNode)
            {
                if (weightNode.Resolved is not { Type: ScalarType.Int, Value: long weight })
                {
                    continue;
                }

                if (weight is < 0 or > 100)
                {
                    c.Report(Diagnostic.Create(WeightOutOfRange, c.Object.LocationOf(weightNode), weight));
                    continue;
                }

                if (previous is { } before && weight < before)
                {
                    c.Report(Diagnostic.Create(WeightDecreasing, c.Object.LocationOf(weightNode), weight, before));
                }

                if (!hasTrafficRouting && !reportedAttainability && weight is > 0 and < 100 && weight * replicas % 100 != 0)
                {
                    var pods = weight * replicas / 100.0;
                    var needed = 100 / Gcd(weight, 100);
                    c.Report(Diagnostic.Create(WeightNotAttainable, c.Object.LocationOf(weightNode), replicas, weight, string.Create(CultureInfo.InvariantCulture, $"{pods:0.##} canary pods"), needed));
                    reportedAttainability = true;
                }

                previous = weight;
            }

            if (step.PauseDuration is { IsNull: false } duration && PauseDuration.Seconds(duration) is not >= 0)
            {
                c.Report(Diagnostic.Create(BadPause, c.Object.LocationOf(duration), duration.Value));
            }
        }
    }, RolloutsApi.Rollout);

    private static long Gcd(long a, long b) => b == 0 ? a : Gcd(b, a % b);
}
