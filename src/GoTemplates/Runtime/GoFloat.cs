using System.Globalization;
using System.Numerics;
using System.Text;

namespace GoTemplates.Runtime;

/// <summary>
/// Go's <c>strconv.FormatFloat</c> for the formats e, E, f, g, G and b: shortest digits come from .NET's
/// round-trip formatting (both pick the shortest string that reads back exactly), fixed precision rounds the
/// exact binary value half-to-even as Go's decimal rounding does.
/// </summary>
internal static class GoFloat
{
    public static string Format(double value, char format, int precision, int bitSize)
    {
        var builder = new StringBuilder();
        Append(builder, value, format, precision, bitSize);
        return builder.ToString();
    }

    public static void Append(StringBuilder output, double value, char format, int precision, int bitSize)
    {
        if (double.IsNaN(value)) { output.Append("NaN"); return; }
        if (double.IsPositiveInfinity(value)) { output.Append("+Inf"); return; }
        if (double.IsNegativeInfinity(value)) { output.Append("-Inf"); return; }
        bool negative = double.IsNegative(value);
        if (format == 'b') { AppendBinary(output, value, negative, bitSize); return; }
        if (format is 'x' or 'X') { AppendHex(output, value, negative, precision, format, bitSize); return; }

        Digits digits;
        bool shortest = precision < 0;
        if (shortest)
        {
            digits = Digits.Shortest(Math.Abs(value), bitSize);
            precision = format switch
            {
                'e' or 'E' => Math.Max(digits.Count - 1, 0),
                'f' => Math.Max(digits.Count - digits.Point, 0),
                _ => digits.Count,
            };
        }
        else
        {
            digits = Digits.Exact(Math.Abs(value));
            switch (format)
            {
                case 'e' or 'E': digits.Round(precision + 1); break;
                case 'f': digits.Round(digits.Point + precision); break;
                case 'g' or 'G':
                    if (precision == 0) precision = 1;
                    digits.Round(precision);
                    break;
            }
        }
        switch (format)
        {
            case 'e' or 'E': AppendE(output, negative, digits, precision, format); break;
            case 'f': AppendF(output, negative, digits, precision); break;
            case 'g' or 'G':
                int exponentLimit = precision;
                if (exponentLimit > digits.Count && digits.Count >= digits.Point) exponentLimit = digits.Count;
                if (shortest) exponentLimit = 6;
                int exponent = digits.Point - 1;
                if (exponent < -4 || exponent >= exponentLimit)
                {
                    if (precision > digits.Count) precision = digits.Count;
                    AppendE(output, negative, digits, precision - 1, format == 'g' ? 'e' : 'E');
                    return;
                }
                if (precision > digits.Point) precision = digits.Count;
                AppendF(output, negative, digits, Math.Max(precision - digits.Point, 0));
                break;
            default:
                output.Append('%').Append(format);
                break;
        }
    }

    private static void AppendE(StringBuilder output, bool negative, Digits digits, int precision, char format)
    {
        if (negative) output.Append('-');
        output.Append(digits.Count != 0 ? digits[0] : '0');
        if (precision > 0)
        {
            output.Append('.');
            int i = 1;
            int end = Math.Min(digits.Count, precision + 1);
            for (; i < end; i++) output.Append(digits[i]);
            for (; i <= precision; i++) output.Append('0');
        }
        output.Append(format);
        int exponent = digits.Count == 0 ? 0 : digits.Point - 1;
        output.Append(exponent < 0 ? '-' : '+');
        exponent = Math.Abs(exponent);
        if (exponent < 10) output.Append('0');
        output.Append(exponent.ToString(CultureInfo.InvariantCulture));
    }

    private static void AppendF(StringBuilder output, bool negative, Digits digits, int precision)
    {
        if (negative) output.Append('-');
        if (digits.Point > 0)
        {
            int m = Math.Min(digits.Count, digits.Point);
            for (int i = 0; i < m; i++) output.Append(digits[i]);
            for (; m < digits.Point; m++) output.Append('0');
        }
        else
        {
            output.Append('0');
        }
        if (precision > 0)
        {
            output.Append('.');
            for (int i = 1; i <= precision; i++)
            {
                int j = digits.Point + i - 1;
                output.Append(j >= 0 && j < digits.Count ? digits[j] : '0');
            }
        }
    }

    /// <summary>Go's %b for floats: decimal mantissa, 'p', binary exponent (<c>4503599627370496p-52</c>).</summary>
    private static void AppendBinary(StringBuilder output, double value, bool negative, int bitSize)
    {
        long mantissa;
        int exponent;
        if (bitSize == 32)
        {
            int bits = BitConverter.SingleToInt32Bits((float)value);
            int biased = (bits >> 23) & 0xFF;
            mantissa = bits & 0x7FFFFF;
            if (biased == 0) biased++; else mantissa |= 1L << 23;
            exponent = biased - 127 - 23;
        }
        else
        {
            long bits = BitConverter.DoubleToInt64Bits(value);
            int biased = (int)((bits >> 52) & 0x7FF);
            mantissa = bits & 0xFFFFFFFFFFFFFL;
            if (biased == 0) biased++; else mantissa |= 1L << 52;
            exponent = biased - 1023 - 52;
        }
        if (negative) output.Append('-');
        output.Append(mantissa.ToString(CultureInfo.InvariantCulture)).Append('p');
        if (exponent >= 0) output.Append('+');
        output.Append(exponent.ToString(CultureInfo.InvariantCulture));
    }

    /// <summary>Go's %x for floats: -0x1.yyyyp±dd, rounded to <paramref name="precision"/> hex digits (half to even) when given.</summary>
    private static void AppendHex(StringBuilder output, double value, bool negative, int precision, char format, int bitSize)
    {
        ulong mantissa;
        int exponent;
        int mantissaBits;
        if (bitSize == 32)
        {
            uint bits = (uint)BitConverter.SingleToInt32Bits((float)value);
            exponent = (int)((bits >> 23) & 0xFF);
            mantissa = bits & 0x7FFFFF;
            mantissaBits = 23;
            if (exponent == 0) exponent++; else mantissa |= 1UL << 23;
            exponent -= 127;
        }
        else
        {
            ulong bits = (ulong)BitConverter.DoubleToInt64Bits(value);
            exponent = (int)((bits >> 52) & 0x7FF);
            mantissa = bits & 0xFFFFFFFFFFFFFUL;
            mantissaBits = 52;
            if (exponent == 0) exponent++; else mantissa |= 1UL << 52;
            exponent -= 1023;
        }
        if (mantissa == 0) exponent = 0;
        mantissa <<= 60 - mantissaBits;
        while (mantissa != 0 && (mantissa & (1UL << 60)) == 0)
        {
            mantissa <<= 1;
            exponent--;
        }
        if (precision >= 0 && precision < 15)
        {
            int shift = precision * 4;
            ulong extra = (mantissa << shift) & ((1UL << 60) - 1);
            mantissa >>= 60 - shift;
            if ((extra | (mantissa & 1)) > 1UL << 59) mantissa++;
            mantissa <<= 60 - shift;
            if ((mantissa & (1UL << 61)) != 0)
            {
                mantissa >>= 1;
                exponent++;
            }
        }
        string hex = format == 'X' ? "0123456789ABCDEF" : "0123456789abcdef";
        if (negative) output.Append('-');
        output.Append('0').Append(format).Append((char)('0' + (int)((mantissa >> 60) & 1)));
        mantissa <<= 4;
        if (precision < 0 && mantissa != 0)
        {
            output.Append('.');
            while (mantissa != 0)
            {
                output.Append(hex[(int)((mantissa >> 60) & 15)]);
                mantissa <<= 4;
            }
        }
        else if (precision > 0)
        {
            output.Append('.');
            for (int i = 0; i < precision; i++)
            {
                output.Append(hex[(int)((mantissa >> 60) & 15)]);
                mantissa <<= 4;
            }
        }
        output.Append(format == 'X' ? 'P' : 'p');
        output.Append(exponent < 0 ? '-' : '+');
        exponent = Math.Abs(exponent);
        if (exponent < 10) output.Append('0');
        output.Append(exponent.ToString(CultureInfo.InvariantCulture));
    }

    /// <summary>A decimal digit string d1d2...dn with the decimal point after <see cref="Point"/> digits, no trailing zeros.</summary>
    private sealed class Digits
    {
        private readonly StringBuilder _digits;

        private Digits(StringBuilder digits, int point)
        {
            _digits = digits;
            Point = point;
            Trim();
        }

        public int Point { get; private set; }

        public int Count => _digits.Length;

        public char this[int index] => _digits[index];

        public static Digits Shortest(double value, int bitSize)
        {
            if (value == 0) return new Digits(new StringBuilder(), 0);
            string text = bitSize == 32
                ? ((float)value).ToString("R", CultureInfo.InvariantCulture)
                : value.ToString("R", CultureInfo.InvariantCulture);
            int exponentAt = text.IndexOf('E');
            int exponent = 0;
            string mantissa = text;
            if (exponentAt >= 0)
            {
                exponent = int.Parse(text.AsSpan(exponentAt + 1), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
                mantissa = text[..exponentAt];
            }
            int dot = mantissa.IndexOf('.');
            string whole = dot >= 0 ? mantissa[..dot] : mantissa;
            string fraction = dot >= 0 ? mantissa[(dot + 1)..] : "";
            var all = new StringBuilder(whole).Append(fraction);
            int point = whole.Length + exponent;
            int leading = 0;
            while (leading < all.Length - 1 && all[leading] == '0') leading++;
            all.Remove(0, leading);
            point -= leading;
            return new Digits(all, point);
        }

        public static Digits Exact(double value)
        {
            if (value == 0) return new Digits(new StringBuilder(), 0);
            long bits = BitConverter.DoubleToInt64Bits(value);
            int biased = (int)((bits >> 52) & 0x7FF);
            long mantissa = bits & 0xFFFFFFFFFFFFFL;
            if (biased == 0) biased = 1; else mantissa |= 1L << 52;
            int exponent = biased - 1075;
            string text;
            int point;
            if (exponent >= 0)
            {
                text = (new BigInteger(mantissa) << exponent).ToString(CultureInfo.InvariantCulture);
                point = text.Length;
            }
            else
            {
                text = (new BigInteger(mantissa) * BigInteger.Pow(5, -exponent)).ToString(CultureInfo.InvariantCulture);
                point = text.Length + exponent;
            }
            return new Digits(new StringBuilder(text), point);
        }

        /// <summary>Rounds to <paramref name="count"/> digits, half to even on an exact tie, as Go's decimal.Round.</summary>
        public void Round(int count)
        {
            if (count < 0 || count >= _digits.Length) return;
            bool up;
            if (_digits[count] == '5' && count + 1 == _digits.Length)
                up = count > 0 && (_digits[count - 1] - '0') % 2 == 1;
            else
                up = _digits[count] >= '5';
            if (!up)
            {
                _digits.Length = count;
                Trim();
                return;
            }
            int i = count - 1;
            while (i >= 0 && _digits[i] == '9') i--;
            if (i < 0)
            {
                _digits.Clear().Append('1');
                Point++;
                return;
            }
            _digits[i] = (char)(_digits[i] + 1);
            _digits.Length = i + 1;
        }

        private void Trim()
        {
            int n = _digits.Length;
            while (n > 0 && _digits[n - 1] == '0') n--;
            _digits.Length = n;
            if (n == 0) Point = 0;
        }
    }
}
