using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace GoTemplates.Sprig.Support;

/// <summary>The parts of Go's <c>strconv</c> that Sprig's behaviour depends on.</summary>
internal static partial class GoStrconv
{
    /// <summary><c>strconv.ParseInt(s, base, 64)</c>: base 0 reads Go prefixes (0x, 0o, 0b, leading 0) and underscores.</summary>
    public static bool TryParseInt(string s, int numberBase, out long value)
    {
        value = 0;
        if (s.Length == 0) return false;
        var negative = false;
        var body = s;
        if (body[0] is '+' or '-')
        {
            negative = body[0] == '-';
            body = body[1..];
        }
        if (!TryParseUint(body, numberBase, out var magnitude)) return false;
        if (!negative && magnitude > long.MaxValue) return false;
        if (negative && magnitude > (ulong)long.MaxValue + 1) return false;
        value = negative ? unchecked((long)(0 - magnitude)) : (long)magnitude;
        return true;
    }

    private static bool TryParseUint(string s, int numberBase, out ulong value)
    {
        value = 0;
        if (s.Length == 0) return false;
        var original = s;
        var baseZero = numberBase == 0;
        if (baseZero)
        {
            numberBase = 10;
            if (s[0] == '0')
            {
                var prefix = s.Length >= 3 ? char.ToLowerInvariant(s[1]) : '\0';
                (numberBase, s) = prefix switch
                {
                    'b' => (2, s[2..]),
                    'o' => (8, s[2..]),
                    'x' => (16, s[2..]),
                    _ => (8, s[1..]),
                };
            }
        }
        var underscores = false;
        ulong n = 0;
        foreach (var c in s)
        {
            int digit;
            if (c == '_' && baseZero)
            {
                underscores = true;
                continue;
            }
            if (c is >= '0' and <= '9') digit = c - '0';
            else if (char.ToLowerInvariant(c) is >= 'a' and <= 'z') digit = char.ToLowerInvariant(c) - 'a' + 10;
            else return false;
            if (digit >= numberBase) return false;
            var next = n * (ulong)numberBase + (ulong)digit;
            if (n > ulong.MaxValue / (ulong)numberBase || next < n * (ulong)numberBase) return false;
            n = next;
        }
        if (underscores && !UnderscoreOk(original)) return false;
        value = n;
        return true;
    }

    private static bool UnderscoreOk(string s)
    {
        var saw = '^';
        var i = 0;
        if (s.Length >= 1 && s[0] is '-' or '+') s = s[1..];
        var hex = false;
        if (s.Length >= 2 && s[0] == '0' && char.ToLowerInvariant(s[1]) is 'b' or 'o' or 'x')
        {
            i = 2;
            saw = '0';
            hex = char.ToLowerInvariant(s[1]) == 'x';
        }
        for (; i < s.Length; i++)
        {
            var c = s[i];
            if (c is >= '0' and <= '9' || hex && char.ToLowerInvariant(c) is >= 'a' and <= 'f')
            {
                saw = '0';
                continue;
            }
            if (c == '_')
            {
                if (saw != '0') return false;
                saw = '_';
                continue;
            }
            if (saw == '_') return false;
            saw = '!';
        }
        return saw != '_';
    }

    /// <summary><c>strconv.Atoi</c>: base 10, optional sign, no prefixes or underscores.</summary>
    public static bool TryAtoi(string s, out long value) => TryParseInt(s, 10, out value);

    /// <summary><c>strconv.ParseFloat(s, 64)</c> for decimal syntax and the inf/nan words; out of range is a failure.</summary>
    public static bool TryParseFloat(string s, out double value)
    {
        value = 0;
        var lower = s.ToLowerInvariant();
        switch (lower)
        {
            case "inf" or "+inf" or "infinity" or "+infinity":
                value = double.PositiveInfinity;
                return true;
            case "-inf" or "-infinity":
                value = double.NegativeInfinity;
                return true;
            case "nan":
                value = double.NaN;
                return true;
        }
        // Go accepts underscores between digits, as in Go float literals.
        if (s.Contains('_'))
        {
            if (!UnderscoreOk(s)) return false;
            s = s.Replace("_", "", StringComparison.Ordinal);
        }
        if (!DecimalFloat().IsMatch(s)) return false;
        value = double.Parse(s, NumberStyles.Float, CultureInfo.InvariantCulture);
        return !double.IsInfinity(value);
    }

    [GeneratedRegex(@"^[+-]?([0-9]+\.?[0-9]*|\.[0-9]+)([eE][+-]?[0-9]+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex DecimalFloat();

    /// <summary>The shortest decimal digits that round-trip <paramref name="value"/> (finite, non-zero): value = 0.DIGITS × 10^<paramref name="decimalPoint"/>.</summary>
    public static string ShortestDigits(double value, out int decimalPoint) =>
        Digits(Math.Abs(value).ToString("R", CultureInfo.InvariantCulture), out decimalPoint);

    public static string ShortestDigits(float value, out int decimalPoint) =>
        Digits(Math.Abs(value).ToString("R", CultureInfo.InvariantCulture), out decimalPoint);

    private static string Digits(string text, out int decimalPoint)
    {
        var exponent = 0;
        var e = text.IndexOfAny(['E', 'e']);
        if (e >= 0)
        {
            exponent = int.Parse(text[(e + 1)..], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
            text = text[..e];
        }
        var dot = text.IndexOf('.');
        var integerDigits = dot < 0 ? text.Length : dot;
        var digits = dot < 0 ? text : text.Remove(dot, 1);
        var leadingZeros = 0;
        while (leadingZeros < digits.Length - 1 && digits[leadingZeros] == '0') leadingZeros++;
        digits = digits[leadingZeros..].TrimEnd('0');
        if (digits.Length == 0) digits = "0";
        decimalPoint = integerDigits - leadingZeros + exponent;
        return digits;
    }
}
