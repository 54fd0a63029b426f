using System.Text.RegularExpressions;

namespace GitOpsLint.Rendering.Helm.Manifests;

/// <summary>
/// Splits a rendered file into YAML documents as Helm's releaseutil does. Helm 3 splits on <c>---</c> with the
/// surrounding whitespace and trims each document; Helm 4 splits on every line that starts with <c>---</c> and only
/// trims the start of each document, so trailing blank lines survive.
/// </summary>
internal static partial class ManifestSplitter
{
    [GeneratedRegex("(?:^|[\t\n\f\r ]*\n)---[\t\n\f\r ]*")]
    private static partial Regex Helm3Separator();

    [GeneratedRegex("^---[ \t]*", RegexOptions.Multiline)]
    private static partial Regex Helm4Separator();

    /// <summary>The documents with, for each, the 0-based offset of its first character in <paramref name="text"/>.</summary>
    internal static List<(string Text, int Offset)> Split(string text, bool helm4)
    {
        var documents = new List<(string, int)>();
        if (helm4)
        {
            var start = text.Length - text.TrimStart().Length;
            foreach (var (piece, offset) in SplitWithOffsets(Helm4Separator(), text, start))
            {
                if (piece.Trim().Length == 0)
                {
                    continue;
                }

                var trimmed = piece.TrimStart();
                documents.Add((trimmed, offset + (piece.Length - trimmed.Length)));
            }

            return documents;
        }

        var trimmedStart = text.Length - text.TrimStart().Length;
        var body = text.Trim();
        foreach (var (piece, offset) in SplitWithOffsets(Helm3Separator(), body, 0))
        {
            if (piece.Length == 0)
            {
                continue;
            }

            var trimmed = piece.Trim();
            if (trimmed.Length == 0)
            {
                // releaseutil drops only exactly-empty pieces, so a whitespace-only piece is an empty document.
                documents.Add((trimmed, trimmedStart + offset));
                continue;
            }

            documents.Add((trimmed, trimmedStart + offset + (piece.Length - piece.TrimStart().Length)));
        }

        return documents;
    }

    /// <summary>Go's regexp.Split(s, -1) semantics, with the offsets of the pieces.</summary>
    private static IEnumerable<(string Piece, int Offset)> SplitWithOffsets(Regex separator, string text, int start)
    {
        var s = text[start..];
        var begin = 0;
        var end = 0;
        foreach (Match match in separator.Matches(s))
        {
            end = match.Index;
            if (match.Index + match.Length != 0)
            {
                yield return (s[begin..end], start + begin);
            }

            begin = match.Index + match.Length;
        }

        if (end != s.Length)
        {
            yield return (s[begin..], start + begin);
        }
    }
}
