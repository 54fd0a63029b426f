using System.Text;
using System.Text.RegularExpressions;
using GitOpsLint.Model.ArgoCD;

namespace GitOpsLint.Model.References;

/// <summary>
/// A repository path that holds ApplicationSet parameters (<c>environments/{{values.env}}/values.yaml</c>), as a
/// pattern: each parameter matches any text, so "does some file match?" tells a path that can resolve from one that
/// never can.
/// </summary>
public sealed class PathPattern
{
    /// <summary>Stands for a parameter while the path is normalised (a character no path holds).</summary>
    public const char Placeholder = '\u0001';

    private readonly Regex regex;

    public PathPattern(string normalizedWithPlaceholders)
    {
        Text = normalizedWithPlaceholders;
        var builder = new StringBuilder("^");
        foreach (var c in normalizedWithPlaceholders)
        {
            builder.Append(c == Placeholder ? ".*" : Regex.Escape(c.ToString()));
        }

        regex = new Regex(builder.Append('$').ToString(), RegexOptions.CultureInvariant);
    }

    /// <summary>The pattern, with parameters shown as <c>*</c>.</summary>
    public string Display => Text.Replace(Placeholder, '*');

    public string Text { get; }

    public bool IsMatch(string path) => regex.IsMatch(path);

    /// <summary>The written text with every <c>{{...}}</c> replaced by <see cref="Placeholder"/>.</summary>
    public static string ReplaceTags(string written)
    {
        var tags = TemplateTag.FindAll(written);
        var builder = new StringBuilder();
        var position = 0;
        foreach (var tag in tags)
        {
            builder.Append(written, position, tag.Offset - position).Append(Placeholder);
            position = tag.Offset + tag.Length;
        }

        return builder.Append(written, position, written.Length - position).ToString();
    }
}
