using System.Text;
using System.Text.RegularExpressions;

namespace GitOpsLint.Model.ArgoCD;

/// <summary>
/// Renders simple template strings (names, paths) for one parameter set, as Argo CD would: fasttemplate replaces
/// <c>{{ name }}</c> (trimmed) and leaves unknown tags as written; goTemplate here supports plain field chains
/// (<c>{{ .a.b }}</c>) only, and gives up (null) on anything else rather than guess.
/// </summary>
public static partial class ApplicationSetTemplateRenderer
{
    public static string? TryRender(string text, IReadOnlyDictionary<string, string> parameters, bool goTemplate, bool missingKeyError)
    {
        var tags = TemplateTag.FindAll(text);
        if (tags.Count == 0)
        {
            return text;
        }

        var builder = new StringBuilder();
        var position = 0;
        foreach (var tag in tags)
        {
            builder.Append(text, position, tag.Offset - position);
            position = tag.Offset + tag.Length;
            var name = tag.Trimmed;
            if (!goTemplate)
            {
                builder.Append(parameters.TryGetValue(name, out var value) ? value : "{{" + tag.Inner + "}}");
                continue;
            }

            if (!FieldChain().IsMatch(name))
            {
                return null;
            }

            if (parameters.TryGetValue(name[1..], out var goValue))
            {
                builder.Append(goValue);
            }
            else if (missingKeyError)
            {
                return null;
            }
            else
            {
                builder.Append("<no value>");
            }
        }

        builder.Append(text, position, text.Length - position);
        return builder.ToString();
    }

    [GeneratedRegex(@"^\.[A-Za-z_]\w*(\.[A-Za-z_]\w*)*$")]
    private static partial Regex FieldChain();
}
