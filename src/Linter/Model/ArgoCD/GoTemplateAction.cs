using System.Text.RegularExpressions;

namespace GitOpsLint.Model.ArgoCD;

/// <summary>
/// What the linter reads from a Go template action (<c>{{ .path.basename | lower }}</c>) of an ApplicationSet in
/// <c>goTemplate</c> mode: the field chains it reads from the parameters, and whether it opens a block that changes
/// the dot (range/with/define/template), after which field chains no longer refer to the parameters.
/// </summary>
public static partial class GoTemplateAction
{
    private static readonly HashSet<string> Keywords = new(StringComparer.Ordinal)
    {
        "if", "else", "end", "range", "with", "define", "template", "block", "break", "continue", "nil", "true", "false",
    };

    /// <summary>Field chains read from the dot, as dotted names (<c>.values.env</c> → <c>values.env</c>).</summary>
    public static IReadOnlyList<string> FieldChains(string action)
    {
        var withoutStrings = StringLiteral().Replace(action, "\"\"");
        return FieldChain().Matches(withoutStrings).Select(m => m.Groups[1].Value).ToArray();
    }

    /// <summary>Whether the action changes what <c>.</c> means for the actions that follow.</summary>
    public static bool ChangesDot(string action)
    {
        var first = FirstWord(action);
        return first is "range" or "with" or "define" or "template" or "block";
    }

    /// <summary>
    /// The fasttemplate-style name an action starts with, when it starts with one (<c>values.env</c>, <c>path[0]</c>,
    /// or a bare parameter name in <paramref name="bareNames"/>): Go fails on it ("function ... not defined").
    /// </summary>
    public static string? FastTemplateName(string action, IReadOnlySet<string> bareNames)
    {
        var first = FirstWord(action);
        if (first.Length == 0 || Keywords.Contains(first))
        {
            return null;
        }

        if (DottedName().IsMatch(first))
        {
            return first;
        }

        return bareNames.Contains(first) ? first : null;
    }

    private static string FirstWord(string action)
    {
        var text = action.Trim().TrimStart('-').Trim();
        var end = 0;
        while (end < text.Length && !char.IsWhiteSpace(text[end]) && text[end] is not ('|' or '(' or ')'))
        {
            end++;
        }

        return text[..end];
    }

    [GeneratedRegex("\"(?:[^\"\\\\]|\\\\.)*\"|`[^`]*`")]
    private static partial Regex StringLiteral();

    [GeneratedRegex(@"(?<![\w\)\]\$])\.([A-Za-z_]\w*(?:\.[A-Za-z_]\w*)*)")]
    private static partial Regex FieldChain();

    [GeneratedRegex(@"^[A-Za-z_]\w*(\.[\w\-]+|\[\d+\])+$")]
    private static partial Regex DottedName();
}
