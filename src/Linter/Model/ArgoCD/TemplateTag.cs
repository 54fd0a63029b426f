using System.Text.RegularExpressions;

namespace GitOpsLint.Model.ArgoCD;

/// <summary>
/// A <c>{{ ... }}</c> tag in an ApplicationSet template string: <see cref="Offset"/> is the index of <c>{{</c>,
/// <see cref="Inner"/> the text between the braces as written.
/// </summary>
public sealed partial record TemplateTag(int Offset, int Length, string Inner)
{
    /// <summary>The inner text without Go's trim markers (<c>{{- x -}}</c>) and surrounding spaces.</summary>
    public string Trimmed
    {
        get
        {
            var text = Inner;
            if (text.StartsWith("- ", StringComparison.Ordinal))
            {
                text = text[1..];
            }

            if (text.EndsWith(" -", StringComparison.Ordinal))
            {
                text = text[..^1];
            }

            return text.Trim();
        }
    }

    /// <summary>Whether the tag is a plain fasttemplate parameter name (<c>values.env</c>, <c>path[1]</c>, <c>metadata.labels.team</c>).</summary>
    public bool IsPlainParameter => PlainParameter().IsMatch(Trimmed);

    /// <summary>Every tag of <paramref name="text"/>, in order (an unclosed <c>{{</c> ends the scan).</summary>
    public static IReadOnlyList<TemplateTag> FindAll(string text)
    {
        if (!text.Contains("{{", StringComparison.Ordinal))
        {
            return [];
        }

        var tags = new List<TemplateTag>();
        var index = 0;
        while (true)
        {
            var start = text.IndexOf("{{", index, StringComparison.Ordinal);
            if (start < 0)
            {
                break;
            }

            var end = text.IndexOf("}}", start + 2, StringComparison.Ordinal);
            if (end < 0)
            {
                break;
            }

            tags.Add(new TemplateTag(start, end + 2 - start, text[(start + 2)..end]));
            index = end + 2;
        }

        return tags;
    }

    /// <summary>Whether <paramref name="text"/> holds at least one tag.</summary>
    public static bool IsTemplated(string text) => text.Contains("{{", StringComparison.Ordinal) && text.Contains("}}", StringComparison.Ordinal);

    [GeneratedRegex(@"^[A-Za-z_][\w\-]*(\.[\w\-/]+|\[\d+\])*$")]
    private static partial Regex PlainParameter();
}
