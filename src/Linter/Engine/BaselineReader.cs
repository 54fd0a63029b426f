using System.Text.Json;

namespace GitOpsLint.Engine;

/// <summary>Reads the fingerprints of a baseline (a SARIF log written by <c>gitopslint baseline</c> or <c>check --format sarif</c>).</summary>
public static class BaselineReader
{
    /// <summary>The fingerprints, or an error message saying what is wrong with the file.</summary>
    public static (IReadOnlySet<string>? Fingerprints, string? Error) Read(byte[] bytes)
    {
        try
        {
            using var document = JsonDocument.Parse(bytes);
            var fingerprints = new HashSet<string>(StringComparer.Ordinal);
            if (!document.RootElement.TryGetProperty("runs", out var runs) || runs.ValueKind != JsonValueKind.Array)
            {
                return (null, "the baseline is not a SARIF log (no 'runs' array); create one with `gitopslint baseline`");
            }

            foreach (var run in runs.EnumerateArray())
            {
                if (!run.TryGetProperty("results", out var results))
                {
                    continue;
                }

                foreach (var result in results.EnumerateArray())
                {
                    if (result.TryGetProperty("partialFingerprints", out var partial) && partial.TryGetProperty(Fingerprints.Key, out var value) && value.GetString() is { } fingerprint)
                    {
                        fingerprints.Add(fingerprint);
                    }
                }
            }

            return (fingerprints, null);
        }
        catch (JsonException exception)
        {
            return (null, $"the baseline is not valid JSON: {exception.Message}");
        }
    }
}
