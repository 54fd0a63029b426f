using System.Text.RegularExpressions;
using GitOpsLint.Diagnostics;
using GitOpsLint.Syntax;

namespace GitOpsLint.Suppressions;

/// <summary>
/// Finds <c># gitopslint-disable-next-line GOL123,GOL456 -- reason</c>, <c>-line</c> and <c>-file</c> comments in a
/// parsed file. Rule lists are separated by commas or spaces; without any rule the comment covers every rule.
/// </summary>
public static partial class InlineSuppressionParser
{
    public static IReadOnlyList<InlineSuppression> Parse(YamlFile file)
    {
        var result = new List<InlineSuppression>();
        foreach (var comment in file.Comments)
        {
            var match = DirectivePattern().Match(comment.Text);
            if (!match.Success)
            {
                continue;
            }

            var scope = match.Groups["scope"].Value switch
            {
                "next-line" => InlineSuppressionScope.NextLine,
                "line" => InlineSuppressionScope.Line,
                _ => InlineSuppressionScope.File,
            };
            var rules = match.Groups["rules"].Value.Split([',', ' ', '\t'], StringSplitOptions.RemoveEmptyEntries);
            var reason = match.Groups["reason"].Success ? match.Groups["reason"].Value.Trim() : null;
            var line = comment.Position.Line;
            var target = scope switch
            {
                InlineSuppressionScope.NextLine => NextContentLine(file.Text, line),
                InlineSuppressionScope.Line => line,
                _ => 0,
            };
            // The comment runs to the end of its line (its stored text is trimmed, so measure the line itself).
            var endColumn = file.Text.GetLine(line).TrimEnd().Length + 1;
            var end = new SourcePosition(line, endColumn, comment.Position.Offset + (endColumn - comment.Position.Column));
            result.Add(new InlineSuppression(scope, rules, target, reason, new Location(file.Path, new SourceSpan(comment.Position, end))));
        }

        return result;
    }

    private static int NextContentLine(SourceText text, int line)
    {
        for (var next = line + 1; next <= text.LineCount; next++)
        {
            var content = text.GetLine(next).Trim();
            if (content.Length > 0 && !content.StartsWith('#'))
            {
                return next;
            }
        }

        return line + 1;
    }

    [GeneratedRegex(@"^gitopslint-disable-(?<scope>next-line|line|file)\b(?<rules>[^-]*?)(?:\s*--\s*(?<reason>.*))?$", RegexOptions.CultureInvariant)]
    private static partial Regex DirectivePattern();
}
