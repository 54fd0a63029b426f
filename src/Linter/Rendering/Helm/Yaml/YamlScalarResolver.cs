using System.Globalization;
using System.Text.RegularExpressions;

namespace GitOpsLint.Rendering.Helm.Yaml;

/// <summary>
/// go-yaml v2's implicit typing of plain scalars (YAML 1.1 flavoured: <c>yes</c>/<c>on</c>/<c>y</c> are booleans,
/// <c>0x1F</c> and <c>0755</c> are integers, dates are timestamps). Used both when reading YAML and when deciding
/// whether a string must be quoted on output.
/// </summary>
internal static partial class YamlScalarResolver
{
    internal enum Kind
    {
        String,
        Null,
        Bool,
        Int,
        Float,
        Timestamp,
    }

    private static readonly HashSet<string> TrueWords = ["y", "Y", "yes", "Yes", "YES", "on", "On", "ON", "true", "True", "TRUE"];
    private static readonly HashSet<string> FalseWords = ["n", "N", "no", "No", "NO", "off", "Off", "OFF", "false", "False", "FALSE"];
    private static readonly HashSet<string> NullWords = ["", "~", "null", "Null", "NULL"];
    private static readonly HashSet<string> NaNWords = [".nan", ".NaN", ".NAN"];
    private static readonly HashSet<string> PositiveInfinityWords = [".inf", ".Inf", ".INF", "+.inf", "+.Inf", "+.INF"];
    private static readonly HashSet<string> NegativeInfinityWords = ["-.inf", "-.Inf", "-.INF"];

    [GeneratedRegex(@"^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$")]
    private static partial Regex YamlStyleFloat();

    [GeneratedRegex(@"^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+(?:\.[0-9_]*)?$")]
    private static partial Regex Base60Float();

    [GeneratedRegex(@"^(\d{4})-(\d{1,2})-(\d{1,2})(?:(?:[Tt]|[ \t]+)(\d{1,2}):(\d{1,2}):(\d{1,2})(?:\.\d+)?(?:[ \t]*(?:Z|[+-]\d{1,2}(?::\d{2})?))?)?$")]
    private static partial Regex Timestamp();

    /// <summary>Resolves a plain scalar to its type and value (value: bool, long, ulong, double or the string).</summary>
    internal static (Kind Kind, object? Value) Resolve(string text)
    {
        if (NullWords.Contains(text))
        {
            return (Kind.Null, null);
        }

        var hint = text[0];
        var isSign = hint is '+' or '-';
        var isDigit = hint is >= '0' and <= '9';
        var isMapHint = "yYnNtTfFoO~".Contains(hint, StringComparison.Ordinal);
        if (!isSign && !isDigit && !isMapHint && hint != '.')
        {
            return (Kind.String, text);
        }

        if (TrueWords.Contains(text))
        {
            return (Kind.Bool, true);
        }

        if (FalseWords.Contains(text))
        {
            return (Kind.Bool, false);
        }

        if (NaNWords.Contains(text))
        {
            return (Kind.Float, double.NaN);
        }

        if (PositiveInfinityWords.Contains(text))
        {
            return (Kind.Float, double.PositiveInfinity);
        }

        if (NegativeInfinityWords.Contains(text))
        {
            return (Kind.Float, double.NegativeInfinity);
        }

        if (hint == '.')
        {
            return GoNumberParser.TryParseFloat(text, out var dotFloat) ? (Kind.Float, dotFloat) : (Kind.String, text);
        }

        if (!isSign && !isDigit)
        {
            return (Kind.String, text);
        }

        if (IsTimestamp(text))
        {
            return (Kind.Timestamp, text);
        }

        var plain = text.Replace("_", "", StringComparison.Ordinal);
        if (GoNumberParser.TryParseInt(plain, out var integer))
        {
            return (Kind.Int, integer);
        }

        if (GoNumberParser.TryParseUint(plain, out var unsigned))
        {
            return (Kind.Int, unsigned);
        }

        if (YamlStyleFloat().IsMatch(plain) && GoNumberParser.TryParseFloat(plain, out var number))
        {
            return (Kind.Float, number);
        }

        if (plain.StartsWith("0b", StringComparison.Ordinal) && TryParseBinary(plain[2..], out var binary))
        {
            return (Kind.Int, binary);
        }

        if (plain.StartsWith("-0b", StringComparison.Ordinal) && TryParseBinary(plain[3..], out var negativeBinary))
        {
            return (Kind.Int, -negativeBinary);
        }

        return (Kind.String, text);
    }

    /// <summary>go-yaml quotes a string on output when reading it back plain would not give the same string.</summary>
    internal static bool NeedsQuoting(string text) => Resolve(text).Kind != Kind.String || Base60Float().IsMatch(text);

    private static bool TryParseBinary(string digits, out long value)
    {
        value = 0;
        if (digits.Length == 0 || digits.Length > 63)
        {
            return false;
        }

        foreach (var c in digits)
        {
            if (c is not ('0' or '1'))
            {
                return false;
            }

            value = (value << 1) | (long)(c - '0');
        }

        return true;
    }

    private static bool IsTimestamp(string text)
    {
        var match = Timestamp().Match(text);
        if (!match.Success)
        {
            return false;
        }

        var year = int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
        var month = int.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture);
        var day = int.Parse(match.Groups[3].Value, CultureInfo.InvariantCulture);
        if (month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(Math.Max(year, 1), month))
        {
            return false;
        }

        if (!match.Groups[4].Success)
        {
            return true;
        }

        var hour = int.Parse(match.Groups[4].Value, CultureInfo.InvariantCulture);
        var minute = int.Parse(match.Groups[5].Value, CultureInfo.InvariantCulture);
        var second = int.Parse(match.Groups[6].Value, CultureInfo.InvariantCulture);
        return hour < 24 && minute < 60 && second < 60;
    }
}
