using System.Security.Cryptography;
using System.Text;
using GitOpsLint.Diagnostics;
using GitOpsLint.Model;

namespace GitOpsLint.Engine;

/// <summary>
/// Stable identities for findings: rule, file, and the JSON Pointer of the node (or, without one, the trimmed source
/// line), plus an occurrence counter for identical triples. Line numbers are not part of it, so a finding keeps its
/// fingerprint when unrelated lines are added above it; baselines and <c>--new-since</c> match on it.
/// </summary>
public static class Fingerprints
{
    public const string Key = "gitopslint/v1";

    public static IReadOnlyList<Diagnostic> Assign(IReadOnlyList<Diagnostic> sortedDiagnostics, Repository repository)
    {
        var occurrences = new Dictionary<string, int>(StringComparer.Ordinal);
        var result = new List<Diagnostic>(sortedDiagnostics.Count);
        foreach (var diagnostic in sortedDiagnostics)
        {
            var anchor = diagnostic.Location.Pointer ?? LineText(diagnostic, repository);
            var identity = diagnostic.Id + "\n" + diagnostic.Location.Path + "\n" + anchor;
            occurrences.TryGetValue(identity, out var count);
            occurrences[identity] = count + 1;
            var hash = SHA256.HashData(Encoding.UTF8.GetBytes(identity + "\n" + count.ToString(System.Globalization.CultureInfo.InvariantCulture)));
            result.Add(diagnostic with { Fingerprint = Convert.ToHexStringLower(hash.AsSpan(0, 16)) });
        }

        return result;
    }

    private static string LineText(Diagnostic diagnostic, Repository repository)
    {
        var yaml = repository.GetFile(diagnostic.Location.Path)?.Yaml;
        var line = yaml?.Text.GetLine(diagnostic.Location.Span.Start.Line) ?? string.Empty;
        return string.Join(' ', line.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
    }
}
