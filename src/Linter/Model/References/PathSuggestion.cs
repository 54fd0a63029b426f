using System.Text;
using System.Text.RegularExpressions;
using GitOpsLint.Workspace;

namespace GitOpsLint.Model.References;

/// <summary>
/// A replacement for a path that resolves to nothing: the written path, re-based on the one folder where it does
/// exist (<c>environments/prod/values.yaml</c> from <c>charts/myapp</c> → <c>../../environments/prod/values.yaml</c>),
/// or, failing that, the one file whose name holds every word of the written path.
/// </summary>
/// <param name="Path">The path to write instead, relative to the same folder.</param>
/// <param name="IsExact">Whether the written path exists verbatim under another folder (then a fix can apply it safely).</param>
public sealed record PathSuggestion(string Path, bool IsExact)
{
    /// <summary>The suggestion for <paramref name="reference"/>, or null when there is none or more than one.</summary>
    public static PathSuggestion? For(Reference reference, IEnumerable<string> candidates)
    {
        var written = reference.Written.Value;
        if (written.StartsWith('$') || written.Contains("://", StringComparison.Ordinal))
        {
            return null;
        }

        var tail = RepoPath.Normalize(StripClimbing(PathPattern.ReplaceTags(written)));
        if (string.IsNullOrEmpty(tail))
        {
            return null;
        }

        var candidateList = candidates as IReadOnlyCollection<string> ?? candidates.ToArray();
        var suffix = SuffixRegex(tail);
        var prefixes = new HashSet<string>(StringComparer.Ordinal);
        foreach (var candidate in candidateList)
        {
            var match = suffix.Match(candidate);
            if (match.Success && candidate != reference.Target)
            {
                prefixes.Add(match.Groups[1].Success ? match.Groups[1].Value : string.Empty);
            }
        }

        var writtenTail = StripClimbing(written).TrimStart('/');
        if (prefixes.Count == 1)
        {
            var relative = ReferenceIndex.RelativePath(reference.BaseDirectory, prefixes.First());
            var path = relative == "." ? writtenTail : relative + "/" + writtenTail;
            return path == written ? null : new PathSuggestion(path, true);
        }

        if (prefixes.Count > 1 || tail.Contains(PathPattern.Placeholder))
        {
            return null;
        }

        var words = Words(tail);
        var extension = System.IO.Path.GetExtension(tail);
        var byWords = candidateList.Where(c => c.EndsWith(extension, StringComparison.Ordinal) && words.IsSubsetOf(Words(c))).Take(2).ToArray();
        return byWords.Length == 1 ? new PathSuggestion(ReferenceIndex.RelativePath(reference.BaseDirectory, byWords[0]), false) : null;
    }

    private static string StripClimbing(string path)
    {
        var text = path;
        while (text.StartsWith("../", StringComparison.Ordinal) || text.StartsWith("./", StringComparison.Ordinal))
        {
            text = text[(text.IndexOf('/') + 1)..];
        }

        return text;
    }

    private static HashSet<string> Words(string path) =>
        path.ToLowerInvariant().Split(['/', '.', '-', '_'], StringSplitOptions.RemoveEmptyEntries).ToHashSet(StringComparer.Ordinal);

    private static Regex SuffixRegex(string tail)
    {
        var builder = new StringBuilder("^(?:(.*)/)?");
        foreach (var c in tail)
        {
            builder.Append(c == PathPattern.Placeholder ? "[^/]+" : Regex.Escape(c.ToString()));
        }

        return new Regex(builder.Append('$').ToString(), RegexOptions.CultureInvariant);
    }
}
