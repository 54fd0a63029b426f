using GitOpsLint.Diagnostics;
using GitOpsLint.Syntax;

namespace GitOpsLint.Rules.References;

/// <summary>Builds the text edit that replaces a scalar's value, keeping its quoting style (and quoting a plain value that would not stay a plain string).</summary>
internal static class ScalarEdit
{
    public static TextEdit Replace(string path, YamlScalar scalar, string newValue) => new(path, scalar.Span, Render(scalar.Style, newValue));

    public static string Render(YamlScalarStyle style, string value) => style switch
    {
        YamlScalarStyle.SingleQuoted => "'" + value.Replace("'", "''", StringComparison.Ordinal) + "'",
        YamlScalarStyle.DoubleQuoted => DoubleQuote(value),
        _ when NeedsQuotes(value) => DoubleQuote(value),
        _ => value,
    };

    private static string DoubleQuote(string value) => "\"" + value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";

    private static bool NeedsQuotes(string value) =>
        value.Length == 0 || "{[]},&*#?|<>=!%@`'\"-:".Contains(value[0]) || value.Contains(": ", StringComparison.Ordinal)
        || value.Contains(" #", StringComparison.Ordinal) || value != value.Trim() || ScalarResolver.ResolvePlain(value).Type != ScalarType.String;
}
