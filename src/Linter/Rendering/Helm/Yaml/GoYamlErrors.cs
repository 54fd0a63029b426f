using System.Text.RegularExpressions;
using YamlDotNet.Core;

namespace GitOpsLint.Rendering.Helm.Yaml;

/// <summary>
/// Rewords YamlDotNet's errors as go-yaml v2 reports the same libyaml problem: only the problem text, in lower
/// case, after <c>yaml: line N: </c>. go-yaml's line is 1-based for scanner errors but the 0-based line of the
/// problem for parser errors, and it is left out when it would be 0.
/// </summary>
internal static partial class GoYamlErrors
{
    [GeneratedRegex(@"^\(Line: \d+, Col: \d+, Idx: \d+\) - \(Line: \d+, Col: \d+, Idx: \d+\): ")]
    private static partial Regex PositionPrefix();

    internal static GoYamlException Translate(YamlException e, string text)
    {
        var message = PositionPrefix().Replace(e.Message, "");
        var isScanner = e is SyntaxErrorException;
        var problem = message;
        if (problem.StartsWith("While ", StringComparison.Ordinal))
        {
            var comma = problem.IndexOf(", ", StringComparison.Ordinal);
            if (comma >= 0)
            {
                problem = problem[(comma + 2)..];
            }
        }

        problem = problem.TrimEnd('.');
        if (problem.Length > 0)
        {
            problem = char.ToLowerInvariant(problem[0]) + problem[1..];
        }

        // libyaml moves the scanner to a fresh line at the end of the stream before it reports a missing ':'.
        var line = (int)e.Start.Line;
        if (isScanner && problem == "could not find expected ':'")
        {
            line = LineAfterKey(text, line);
        }

        // A scalar where a block mapping expects its next key is a required simple key for libyaml, whose scanner
        // fails on it ("could not find expected ':'") before the parser could; YamlDotNet's parser reports it instead.
        if (!isScanner && problem == "did not find expected key" && !StartsBlockEntry(text, line, (int)e.Start.Column))
        {
            problem = "could not find expected ':'";
            line = LineAfterKey(text, line);
            isScanner = true;
        }

        var goLine = isScanner ? line : line - 1;
        var where = goLine > 0 ? $"line {goLine}: " : "";
        return new GoYamlException($"yaml: {where}{problem}");
    }

    private static bool StartsBlockEntry(string text, int line, int column)
    {
        var lines = text.Split('\n');
        if (line < 1 || line > lines.Length)
        {
            return true;
        }

        var content = lines[line - 1];
        return column < 1 || column > content.Length || content[column - 1] == '-';
    }

    /// <summary>The line where libyaml notices the missing ':' of a simple key: the next non-blank line, or the end of input.</summary>
    private static int LineAfterKey(string text, int keyLine)
    {
        var lines = text.Split('\n');
        for (var i = keyLine; i < lines.Length; i++)
        {
            if (lines[i].Trim().Length > 0)
            {
                return i + 1;
            }
        }

        return text.EndsWith('\n') ? lines.Length : lines.Length + 1;
    }
}
