using System.Globalization;
using System.Text.RegularExpressions;

namespace GitOpsLint.Rendering.Kustomize.Nodes;

/// <summary>
/// A scalar's typed value as go-yaml v3 (which kustomize's kyaml uses) decodes it: YAML 1.2 booleans only
/// (<c>yes</c> stays a string), but Go integer syntax with <c>0x</c>, <c>0o</c>, <c>0b</c> and legacy <c>0777</c> octal, and
/// timestamps. <see cref="Text"/> is the canonical text of the value (the decimal integer, the string itself ...).
/// </summary>
public readonly partial record struct KScalarValue(KScalarType Type, string Text, long Int = 0, ulong UInt = 0, double Float = 0)
{
    public static KScalarValue Resolve(KScalar scalar)
    {
        switch (scalar.Tag)
        {
            case "!!str" or "tag:yaml.org,2002:str" or "!!binary":
                return new KScalarValue(KScalarType.String, scalar.Value);
            case "!!null" or "tag:yaml.org,2002:null":
                return new KScalarValue(KScalarType.Null, "null");
            case null:
                break;
            case "!!int" or "!!float" or "!!bool" or "tag:yaml.org,2002:int" or "tag:yaml.org,2002:float" or "tag:yaml.org,2002:bool":
                var typed = ResolvePlain(scalar.Value);
                return typed.Type == KScalarType.String ? new KScalarValue(KScalarType.String, scalar.Value) : typed;
            default:
                return new KScalarValue(KScalarType.String, scalar.Value);
        }

        return scalar.Style == KScalarStyle.Plain ? ResolvePlain(scalar.Value) : new KScalarValue(KScalarType.String, scalar.Value);
    }

    public static KScalarValue ResolvePlain(string text)
    {
        switch (text)
        {
            case "" or "~" or "null" or "Null" or "NULL":
                return new KScalarValue(KScalarType.Null, "null");
            case "true" or "True" or "TRUE":
                return new KScalarValue(KScalarType.Bool, "true");
            case "false" or "False" or "FALSE":
                return new KScalarValue(KScalarType.Bool, "false");
            case ".inf" or ".Inf" or ".INF" or "+.inf" or "+.Inf" or "+.INF":
                return new KScalarValue(KScalarType.Float, ".inf", Float: double.PositiveInfinity);
            case "-.inf" or "-.Inf" or "-.INF":
                return new KScalarValue(KScalarType.Float, "-.inf", Float: double.NegativeInfinity);
            case ".nan" or ".NaN" or ".NAN":
                return new KScalarValue(KScalarType.Float, ".nan", Float: double.NaN);
        }

        var first = text[0];
        if (first == '.')
        {
            return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var dotted) && double.IsFinite(dotted) && GoFloatSyntax().IsMatch(text)
                ? new KScalarValue(KScalarType.Float, text, Float: dotted)
                : new KScalarValue(KScalarType.String, text);
        }

        if (!char.IsAsciiDigit(first) && first is not ('+' or '-'))
        {
            return new KScalarValue(KScalarType.String, text);
        }

        if (TimestampSyntax().IsMatch(text))
        {
            return new KScalarValue(KScalarType.Timestamp, FormatTimestamp(text));
        }

        var plain = text.Replace("_", string.Empty, StringComparison.Ordinal);
        if (GoInteger.TryParse(plain, out var signed, out var unsigned, out var isUnsigned))
        {
            return isUnsigned
                ? new KScalarValue(KScalarType.UInt, unsigned.ToString(CultureInfo.InvariantCulture), UInt: unsigned)
                : new KScalarValue(KScalarType.Int, signed.ToString(CultureInfo.InvariantCulture), Int: signed);
        }

        // Go's ParseFloat refuses values beyond the float64 range (1e400), which then stay strings.
        if (GoFloatSyntax().IsMatch(plain) && double.TryParse(plain, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) && double.IsFinite(number))
        {
            return new KScalarValue(KScalarType.Float, plain, Float: number);
        }

        return new KScalarValue(KScalarType.String, text);
    }

    /// <summary>go-yaml decodes a date into a time.Time, which JSON then writes as RFC 3339 (UTC when no zone was given).</summary>
    private static string FormatTimestamp(string text)
    {
        var match = TimestampSyntax().Match(text);
        var date = new DateTime(int.Parse(match.Groups["y"].Value, CultureInfo.InvariantCulture), int.Parse(match.Groups["m"].Value, CultureInfo.InvariantCulture), int.Parse(match.Groups["d"].Value, CultureInfo.InvariantCulture), 0, 0, 0, DateTimeKind.Utc);
        if (!match.Groups["time"].Success)
        {
            return date.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
        }

        var hour = int.Parse(match.Groups["h"].Value, CultureInfo.InvariantCulture);
        var minute = int.Parse(match.Groups["min"].Value, CultureInfo.InvariantCulture);
        var second = int.Parse(match.Groups["s"].Value, CultureInfo.InvariantCulture);
        var fraction = match.Groups["f"].Success ? match.Groups["f"].Value.TrimEnd('0') : string.Empty;
        var zone = match.Groups["z"].Success ? match.Groups["z"].Value : "Z";
        var stamp = date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + $"T{hour:00}:{minute:00}:{second:00}";
        if (fraction.Length > 0)
        {
            stamp += "." + fraction;
        }

        return stamp + (zone is "z" ? "Z" : zone);
    }

    [GeneratedRegex(@"^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex GoFloatSyntax();

    [GeneratedRegex(@"^(?<y>[0-9]{4})-(?<m>[0-9]{1,2})-(?<d>[0-9]{1,2})(?<time>[Tt ](?<h>[0-9]{1,2}):(?<min>[0-9]{1,2}):(?<s>[0-9]{1,2})(\.(?<f>[0-9]{1,9}))?(?<z>Z|z|[-+][0-9]{2}:[0-9]{2})?)?$", RegexOptions.CultureInvariant)]
    private static partial Regex TimestampSyntax();
}
