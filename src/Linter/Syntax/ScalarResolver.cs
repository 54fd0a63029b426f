using System.Globalization;
using System.Text.RegularExpressions;

namespace GitOpsLint.Syntax;

public enum ScalarType
{
    Null,
    Bool,
    Int,
    Float,
    String,
}

/// <summary>A scalar's typed value: null, bool, long, double or string.</summary>
public readonly record struct ResolvedScalar(ScalarType Type, object? Value);

/// <summary>
/// Resolves plain scalars the way go-yaml v2 does (YAML 1.1 booleans such as <c>yes</c>/<c>off</c>/<c>y</c>,
/// octal <c>0777</c>, underscores in numbers). Kubernetes (sigs.k8s.io/yaml) and Helm read manifests and
/// values with those rules, so this is what a committed file really means to them.
/// </summary>
internal static partial class ScalarResolver
{
    private static readonly HashSet<string> TrueWords = new(StringComparer.Ordinal) { "y", "Y", "yes", "Yes", "YES", "true", "True", "TRUE", "on", "On", "ON" };
    private static readonly HashSet<string> FalseWords = new(StringComparer.Ordinal) { "n", "N", "no", "No", "NO", "false", "False", "FALSE", "off", "Off", "OFF" };
    private static readonly HashSet<string> NullWords = new(StringComparer.Ordinal) { string.Empty, "~", "null", "Null", "NULL" };

    public static ResolvedScalar Resolve(YamlScalar scalar)
    {
        switch (scalar.Tag)
        {
            case "tag:yaml.org,2002:str" or "!!str":
                return new ResolvedScalar(ScalarType.String, scalar.Value);
            case "tag:yaml.org,2002:null" or "!!null":
                return new ResolvedScalar(ScalarType.Null, null);
        }

        if (!scalar.IsPlain)
        {
            return new ResolvedScalar(ScalarType.String, scalar.Value);
        }

        return ResolvePlain(scalar.Value);
    }

    public static ResolvedScalar ResolvePlain(string text)
    {
        if (NullWords.Contains(text))
        {
            return new ResolvedScalar(ScalarType.Null, null);
        }

        if (TrueWords.Contains(text))
        {
            return new ResolvedScalar(ScalarType.Bool, true);
        }

        if (FalseWords.Contains(text))
        {
            return new ResolvedScalar(ScalarType.Bool, false);
        }

        switch (text)
        {
            case ".inf" or ".Inf" or ".INF" or "+.inf" or "+.Inf" or "+.INF":
                return new ResolvedScalar(ScalarType.Float, double.PositiveInfinity);
            case "-.inf" or "-.Inf" or "-.INF":
                return new ResolvedScalar(ScalarType.Float, double.NegativeInfinity);
            case ".nan" or ".NaN" or ".NAN":
                return new ResolvedScalar(ScalarType.Float, double.NaN);
        }

        var first = text[0];
        if (!char.IsAsciiDigit(first) && first is not ('-' or '+' or '.'))
        {
            return new ResolvedScalar(ScalarType.String, text);
        }

        var plain = text.Replace("_", string.Empty, StringComparison.Ordinal);
        if (TryParseGoInt(plain, out var integer))
        {
            return new ResolvedScalar(ScalarType.Int, integer);
        }

        if (FloatPattern().IsMatch(plain) && double.TryParse(plain, NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
        {
            return new ResolvedScalar(ScalarType.Float, number);
        }

        return new ResolvedScalar(ScalarType.String, text);
    }

    /// <summary>Go's <c>strconv.ParseInt(s, 0, 64)</c>: sign, then 0x/0o/0b prefixes or a leading 0 for octal.</summary>
    private static bool TryParseGoInt(string text, out long value)
    {
        value = 0;
        var span = text.AsSpan();
        var negative = false;
        if (span.Length > 0 && span[0] is '+' or '-')
        {
            negative = span[0] == '-';
            span = span[1..];
        }

        if (span.IsEmpty)
        {
            return false;
        }

        var radix = 10;
        if (span.Length > 1 && span[0] == '0')
        {
            switch (span[1])
            {
                case 'x' or 'X':
                    radix = 16;
                    span = span[2..];
                    break;
                case 'o' or 'O':
                    radix = 8;
                    span = span[2..];
                    break;
                case 'b' or 'B':
                    radix = 2;
                    span = span[2..];
                    break;
                default:
                    radix = 8;
                    span = span[1..];
                    break;
            }
        }

        if (span.IsEmpty)
        {
            return false;
        }

        ulong accumulator = 0;
        foreach (var c in span)
        {
            var digit = c switch
            {
                >= '0' and <= '9' => c - '0',
                >= 'a' and <= 'f' => c - 'a' + 10,
                >= 'A' and <= 'F' => c - 'A' + 10,
                _ => 99,
            };
            if (digit >= radix)
            {
                return false;
            }

            if (accumulator > (ulong.MaxValue - (ulong)digit) / (ulong)radix)
            {
                return false;
            }

            accumulator = accumulator * (ulong)radix + (ulong)digit;
        }

        if (negative ? accumulator > (ulong)long.MaxValue + 1 : accumulator > long.MaxValue)
        {
            return false;
        }

        value = negative ? (long)(0 - accumulator) : (long)accumulator;
        return true;
    }

    [GeneratedRegex(@"^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex FloatPattern();
}
