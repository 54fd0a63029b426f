using GitOpsLint.Model.Flux;
using GitOpsLint.Syntax;

namespace GitOpsLint.Model.Rollouts;

/// <summary>
/// Reads a canary <c>pause.duration</c> as Argo Rollouts does (<c>RolloutPause.DurationSeconds</c>): an integer is
/// seconds; a string is an integer (seconds) or a Go duration (<c>30s</c>, <c>5m</c>, <c>1h</c>); anything else is invalid.
/// </summary>
internal static class PauseDuration
{
    /// <summary>The duration in seconds, or null when Argo Rollouts cannot read it (it treats it as -1 and rejects the Rollout).</summary>
    public static long? Seconds(YamlScalar duration)
    {
        if (duration.Resolved is { Type: ScalarType.Int, Value: long seconds })
        {
            return seconds;
        }

        if (duration.Resolved.Type is not (ScalarType.String or ScalarType.Int))
        {
            return null;
        }

        var text = duration.Value;
        if (long.TryParse(text, System.Globalization.NumberStyles.AllowLeadingSign, System.Globalization.CultureInfo.InvariantCulture, out var plain))
        {
            return plain;
        }

        return GoDuration.TryParse(text, out var parsed) ? (long)parsed.TotalSeconds : null;
    }
}
