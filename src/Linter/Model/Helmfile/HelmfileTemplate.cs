using System.Text.RegularExpressions;

namespace GitOpsLint.Model.Helmfile;

/// <summary>
/// The little of helmfile's Go templating the linter evaluates: <c>{{ .Environment.Name }}</c> (with optional trim
/// markers), expanded once per declared environment. Any other expression makes the text opaque: callers skip it and
/// say so, rather than guess.
/// </summary>
internal static partial class HelmfileTemplate
{
    public static bool HasTemplate(string text) => text.Contains("{{", StringComparison.Ordinal);

    /// <summary>The text with <c>.Environment.Name</c> replaced by <paramref name="environment"/>, or null when it holds other template expressions.</summary>
    public static string? Expand(string text, string environment)
    {
        var expanded = EnvironmentName().Replace(text, environment);
        return HasTemplate(expanded) ? null : expanded;
    }

    [GeneratedRegex(@"\{\{-?\s*\.Environment\.Name\s*-?\}\}", RegexOptions.CultureInvariant)]
    private static partial Regex EnvironmentName();
}
