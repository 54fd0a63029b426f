using System.Globalization;
using System.Numerics;
using System.Text;
using GoTemplates.Parse.Nodes;

namespace GoTemplates.Parse;

/// <summary>Go's literal syntax as text/template reads it: strconv.Unquote/UnquoteChar, ParseInt/ParseUint/ParseFloat with base prefixes and underscores.</summary>
internal static class GoLiteral
{
    public const string InvalidSyntax = "invalid syntax";

    /// <summary>strconv.Unquote for "..." and `...` literals; null when the syntax is invalid.</summary>
    /// <remarks>
    /// Go strings are bytes: escapes such as \xe2\x9c\x93 build UTF-8 sequences. The result is decoded as UTF-8;
    /// byte sequences that are not valid UTF-8 become U+FFFD (a .NET string cannot hold them).
    /// </remarks>
    public static string? Unquote(string quoted)
    {
        if (quoted.Length < 2) return null;
        char quote = quoted[0];
        if (quote != quoted[^1]) return null;
        string body = quoted[1..^1];
        if (quote == '`')
        {
            if (body.Contains('`')) return null;
            return body.Contains('\r') ? body.Replace("\r", "", StringComparison.Ordinal) : body;
        }
        if (quote != '"') return null;
        if (body.IndexOf('\\') < 0) return body.Contains('"') || body.Contains('\n') ? null : body;
        var bytes = new List<byte>(body.Length);
        Span<byte> buffer = stackalloc byte[4];
        int i = 0;
        while (i < body.Length)
        {
            if (body[i] == '"' || body[i] == '\n') return null;
            if (!UnquoteChar(body, ref i, quote, out int value, out bool isByte)) return null;
            if (isByte)
            {
                bytes.Add((byte)value);
                continue;
            }
            int length = new Rune(value).EncodeToUtf8(buffer);
            for (int k = 0; k < length; k++) bytes.Add(buffer[k]);
        }
        return Encoding.UTF8.GetString(bytes.ToArray());
    }

    /// <summary>
    /// Go's strconv.UnquoteChar: reads one possibly escaped character at <paramref name="i"/>. <paramref name="isByte"/>
    /// is set for \x and octal escapes, whose value is a single byte rather than a Unicode code point.
    /// </summary>
    public static bool UnquoteChar(string s, ref int i, char quote, out int value, out bool isByte)
    {
        value = 0;
        isByte = false;
        char c = s[i];
        if (c == quote && (quote == '\'' || quote == '"')) return false;
        if (c != '\\')
        {
            if (char.IsHighSurrogate(c) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]))
            {
                value = char.ConvertToUtf32(c, s[i + 1]);
                i += 2;
                return true;
            }
            value = char.IsSurrogate(c) ? 0xFFFD : c;
            i++;
            return true;
        }
        if (i + 1 >= s.Length) return false;
        char e = s[i + 1];
        i += 2;
        switch (e)
        {
            case 'a': value = '\a'; return true;
            case 'b': value = '\b'; return true;
            case 'f': value = '\f'; return true;
            case 'n': value = '\n'; return true;
            case 'r': value = '\r'; return true;
            case 't': value = '\t'; return true;
            case 'v': value = '\v'; return true;
            case '\\': value = '\\'; return true;
            case '\'' or '"':
                if (e != quote) return false;
                value = e;
                return true;
            case 'x' or 'u' or 'U':
            {
                int n = e == 'x' ? 2 : e == 'u' ? 4 : 8;
                if (i + n > s.Length) return false;
                for (int k = 0; k < n; k++)
                {
                    int digit = HexValue(s[i + k]);
                    if (digit < 0) return false;
                    value = (value << 4) | digit;
                }
                i += n;
                if (e == 'x')
                {
                    isByte = true;
                    return true;
                }
                return value <= 0x10FFFF && (value < 0xD800 || value > 0xDFFF);
            }
            case >= '0' and <= '7':
            {
                value = e - '0';
                if (i + 2 > s.Length) return false;
                for (int k = 0; k < 2; k++)
                {
                    int digit = s[i + k] - '0';
                    if (digit < 0 || digit > 7) return false;
                    value = (value << 3) | digit;
                }
                i += 2;
                isByte = true;
                return value <= 255;
            }
            default:
                return false;
        }
    }

    private static int HexValue(char c) => c switch
    {
        >= '0' and <= '9' => c - '0',
        >= 'a' and <= 'f' => c - 'a' + 10,
        >= 'A' and <= 'F' => c - 'A' + 10,
        _ => -1,
    };

    /// <summary>Fills a NumberNode as Go's newNumber; returns the error message or null.</summary>
    public static string? ParseNumber(NumberNode node, TokenKind kind)
    {
        string text = node.Text;
        if (kind == TokenKind.CharConstant)
        {
            int i = 1;
            if (i >= text.Length || !UnquoteChar(text, ref i, '\'', out int rune, out _)) return InvalidSyntax;
            if (text[i..] != "'") return "malformed character constant: " + text;
            long value = rune;
            node.Int64 = value;
            node.IsInt = true;
            node.Uint64 = (ulong)value;
            node.IsUint = true;
            node.Float64 = value;
            node.IsFloat = true;
            return null;
        }
        if (kind == TokenKind.Complex)
        {
            // Go reads "1+2i" with fmt.Sscan: a real part, then a signed imaginary part ending in i.
            int split = Math.Max(text.LastIndexOf('+'), text.LastIndexOf('-'));
            while (split > 0 && (text[split - 1] == 'e' || text[split - 1] == 'E' || text[split - 1] == 'p' || text[split - 1] == 'P'))
                split = Math.Max(text.LastIndexOf('+', split - 1), text.LastIndexOf('-', split - 1));
            if (split <= 0) return "expected integer";
            var real = ParseFloat(text[..split]);
            var imaginary = ParseFloat(text[split..^1]);
            if (real is null || imaginary is null) return "expected integer";
            node.Complex128 = new Complex(real.Value, imaginary.Value);
            node.IsComplex = true;
            SimplifyComplex(node);
            return null;
        }
        if (text.Length > 0 && text[^1] == 'i')
        {
            var imaginary = ParseFloat(text[..^1]);
            if (imaginary is not null)
            {
                node.IsComplex = true;
                node.Complex128 = new Complex(0, imaginary.Value);
                SimplifyComplex(node);
                return null;
            }
        }
        var unsigned = ParseInteger(text);
        if (unsigned is BigInteger u && u >= 0 && u <= ulong.MaxValue)
        {
            node.IsUint = true;
            node.Uint64 = (ulong)u;
        }
        if (unsigned is BigInteger s && s >= long.MinValue && s <= long.MaxValue)
        {
            node.IsInt = true;
            node.Int64 = (long)s;
            if (s == 0)
            {
                node.IsUint = true;
                node.Uint64 = 0;
            }
        }
        if (node.IsInt)
        {
            node.IsFloat = true;
            node.Float64 = node.Int64;
        }
        else if (node.IsUint)
        {
            node.IsFloat = true;
            node.Float64 = node.Uint64;
        }
        else
        {
            var f = ParseFloat(text);
            if (f is double value)
            {
                if (text.IndexOfAny(['.', 'e', 'E', 'p', 'P']) < 0) return GoTemplates.Runtime.GoFmt.Sprintf("integer overflow: %q", text);
                node.IsFloat = true;
                node.Float64 = value;
                if (!node.IsInt && value >= -9.2233720368547758e18 && value < 9.2233720368547758e18 && Math.Truncate(value) == value)
                {
                    node.IsInt = true;
                    node.Int64 = (long)value;
                }
                if (!node.IsUint && value >= 0 && value < 1.8446744073709552e19 && Math.Truncate(value) == value)
                {
                    node.IsUint = true;
                    node.Uint64 = (ulong)value;
                }
            }
        }
        if (!node.IsInt && !node.IsUint && !node.IsFloat) return GoTemplates.Runtime.GoFmt.Sprintf("illegal number syntax: %q", text);
        return null;
    }

    private static void SimplifyComplex(NumberNode node)
    {
        node.IsFloat = node.Complex128.Imaginary == 0;
        if (!node.IsFloat) return;
        double f = node.Complex128.Real;
        node.Float64 = f;
        node.IsInt = f >= -9.2233720368547758e18 && f < 9.2233720368547758e18 && Math.Truncate(f) == f;
        if (node.IsInt) node.Int64 = (long)f;
        node.IsUint = f >= 0 && f < 1.8446744073709552e19 && Math.Truncate(f) == f;
        if (node.IsUint) node.Uint64 = (ulong)f;
    }

    /// <summary>strconv.ParseInt(text, 0, ...) without the range check: sign, 0x/0o/0b/0 prefixes, underscores.</summary>
    public static BigInteger? ParseInteger(string text)
    {
        if (text.Length == 0) return null;
        int i = 0;
        bool negative = false;
        if (text[0] == '+' || text[0] == '-')
        {
            negative = text[0] == '-';
            i = 1;
        }
        int numberBase = 10;
        if (text.Length - i >= 1 && text[i] == '0')
        {
            if (text.Length - i >= 2)
            {
                char p = char.ToLowerInvariant(text[i + 1]);
                if (p == 'x') { numberBase = 16; i += 2; }
                else if (p == 'o') { numberBase = 8; i += 2; }
                else if (p == 'b') { numberBase = 2; i += 2; }
                else { numberBase = 8; i += 1; }
            }
        }
        if (i >= text.Length && numberBase != 8) return null;
        BigInteger value = 0;
        bool sawUnderscore = false;
        for (; i < text.Length; i++)
        {
            char c = text[i];
            if (c == '_') { sawUnderscore = true; continue; }
            int digit = HexValue(c);
            if (digit < 0 || digit >= numberBase) return null;
            value = value * numberBase + digit;
        }
        if (sawUnderscore && !UnderscoreOk(text)) return null;
        return negative ? -value : value;
    }

    /// <summary>strconv.ParseFloat(text, 64): decimal or hexadecimal (0x1p-2) with underscores; null on syntax or range error.</summary>
    public static double? ParseFloat(string text)
    {
        if (text.Length == 0) return null;
        if (text.Contains('_'))
        {
            if (!UnderscoreOk(text)) return null;
            text = text.Replace("_", "", StringComparison.Ordinal);
        }
        int i = 0;
        bool negative = false;
        if (text[0] == '+' || text[0] == '-')
        {
            negative = text[0] == '-';
            i = 1;
        }
        double value;
        if (text.Length - i > 2 && text[i] == '0' && (text[i + 1] == 'x' || text[i + 1] == 'X'))
        {
            var parsed = ParseHexFloat(text[(i + 2)..]);
            if (parsed is null) return null;
            value = parsed.Value;
        }
        else
        {
            string body = text[i..];
            foreach (char c in body)
                if (!(c is >= '0' and <= '9' or '.' or 'e' or 'E' or '+' or '-')) return null;
            if (!double.TryParse(body, NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent, CultureInfo.InvariantCulture, out value)) return null;
        }
        if (double.IsInfinity(value)) return null;
        return negative ? -value : value;
    }

    private static double? ParseHexFloat(string text)
    {
        BigInteger mantissa = 0;
        int fractionDigits = 0;
        bool sawPoint = false, sawDigit = false;
        int i = 0;
        for (; i < text.Length; i++)
        {
            char c = text[i];
            if (c == '.')
            {
                if (sawPoint) return null;
                sawPoint = true;
                continue;
            }
            int digit = HexValue(c);
            if (digit < 0) break;
            sawDigit = true;
            mantissa = mantissa * 16 + digit;
            if (sawPoint) fractionDigits++;
        }
        if (!sawDigit || i >= text.Length || (text[i] != 'p' && text[i] != 'P')) return null;
        if (!int.TryParse(text.AsSpan(i + 1), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out int exponent)) return null;
        return Math.ScaleB((double)mantissa, exponent - 4 * fractionDigits);
    }

    /// <summary>Go's underscoreOK: underscores only between digits (or after a base prefix).</summary>
    private static bool UnderscoreOk(string s)
    {
        char saw = '^';
        int i = 0;
        if (s.Length >= 1 && (s[0] == '-' || s[0] == '+')) s = s[1..];
        bool hex = false;
        if (s.Length >= 2 && s[0] == '0' && char.ToLowerInvariant(s[1]) is 'b' or 'o' or 'x')
        {
            i = 2;
            saw = '0';
            hex = char.ToLowerInvariant(s[1]) == 'x';
        }
        for (; i < s.Length; i++)
        {
            char c = s[i];
            if ((c >= '0' && c <= '9') || (hex && char.ToLowerInvariant(c) >= 'a' && char.ToLowerInvariant(c) <= 'f'))
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
}
