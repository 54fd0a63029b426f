using System.Globalization;
using System.Text.RegularExpressions;
using GitOpsLint.Rendering.Kustomize.Nodes;

namespace GitOpsLint.Rendering.Kustomize.Output;

/// <summary>
/// Whether go-yaml v2 (YAML 1.1 rules) would read a plain scalar back as a string. When it would not (<c>yes</c>,
/// <c>1.0</c>, <c>~</c>, <c>2001-12-14</c>, <c>1:20</c>), the printer has to quote the string, exactly as kustomize does.
/// </summary>
internal static partial class GoYamlV2Resolver
{
    private static readonly HashSet<string> NonStringWords = new(StringComparer.Ordinal)
    {
        "y", "Y", "yes", "Yes", "YES", "true", "True", "TRUE", "on", "On", "ON",
        "n", "N", "no", "No", "NO", "false", "False", "FALSE", "off", "Off", "OFF",
        "", "~", "null", "Null", "NULL",
        ".nan", ".NaN", ".NAN", ".inf", ".Inf", ".INF", "+.inf", "+.Inf", "+.INF", "-.inf", "-.Inf", "-.INF",
    };

    public static bool ReadsAsString(string text)
    {
        if (text.Length == 0)
        {
            return false;
        }

        var first = text[0];
        var hinted = first is '+' or '-' or '.' || char.IsAsciiDigit(first) || "yYnNtTfFoO~".Contains(first, StringComparison.Ordinal);
        if (!hinted)
        {
            return true;
        }

        if (NonStringWords.Contains(text))
        {
            return false;
        }

        if (first == '.')
        {
            return !(DotFloat().IsMatch(text) && double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var dotted) && double.IsFinite(dotted));
        }

        if (!(char.IsAsciiDigit(first) || first is '+' or '-'))
        {
            return true;
        }

        if (Timestamp().IsMatch(text) || Base60Float().IsMatch(text))
        {
            return false;
        }

        var plain = text.Replace("_", string.Empty, StringComparison.Ordinal);
        if (GoInteger.TryParse(plain, out _, out _, out _))
        {
            return false;
        }

        return !(YamlFloat().IsMatch(plain) && double.TryParse(plain, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) && double.IsFinite(number));
    }

    [GeneratedRegex(@"^\.[0-9]+([eE][-+]?[0-9]+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex DotFloat();

    [GeneratedRegex(@"^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex YamlFloat();

    [GeneratedRegex(@"^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+(?:\.[0-9_]*)?$", RegexOptions.CultureInvariant)]
    private static partial Regex Base60Float();

    [GeneratedRegex(@"^[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}([Tt ][0-9]{1,2}:[0-9]{1,2}:[0-9]{1,2}(\.[0-9]*)?(Z|[-+][0-9]{2}:[0-9]{2})?)?$", RegexOptions.CultureInvariant)]
    private static partial Regex Timestamp();
}
