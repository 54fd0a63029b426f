using System.Globalization;

namespace GitOpsLint.Rendering.Helm.Yaml;

/// <summary>Go's <c>strconv.ParseInt(s, 0, 64)</c>, <c>ParseUint(s, 0, 64)</c> and <c>ParseFloat(s, 64)</c> for the forms YAML and strvals meet.</summary>
internal static class GoNumberParser
{
    /// <summary>Base-0 parsing: optional sign, then <c>0x</c>/<c>0o</c>/<c>0b</c> prefixes or a leading 0 for octal, else decimal.</summary>
    internal static bool TryParseInt(string text, out long value)
    {
        value = 0;
        var negative = false;
        var digits = text;
        if (digits.Length > 0 && digits[0] is '+' or '-')
        {
            negative = digits[0] == '-';
            digits = digits[1..];
        }

        if (!TryParseMagnitude(digits, out var magnitude))
        {
            return false;
        }

        if (negative)
        {
            if (magnitude > (ulong)long.MaxValue + 1)
            {
                return false;
            }

            value = magnitude == (ulong)long.MaxValue + 1 ? long.MinValue : -(long)magnitude;
            return true;
        }

        if (magnitude > long.MaxValue)
        {
            return false;
        }

        value = (long)magnitude;
        return true;
    }

    internal static bool TryParseUint(string text, out ulong value)
    {
        value = 0;
        if (text.Length > 0 && text[0] == '+')
        {
            // ParseUint does not accept a sign.
            return false;
        }

        return TryParseMagnitude(text, out value);
    }

    /// <summary>Decimal floats only (Go also reads hex floats and "inf"/"nan", which YAML resolution never reaches).</summary>
    internal static bool TryParseFloat(string text, out double value)
    {
        value = 0;
        if (text.Length == 0 || text.Contains('_', StringComparison.Ordinal))
        {
            return false;
        }

        foreach (var c in text)
        {
            if (!(char.IsAsciiDigit(c) || c is '.' or 'e' or 'E' or '+' or '-'))
            {
                return false;
            }
        }

        if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out value))
        {
            return false;
        }

        // Go reports a range error (and YAML then keeps the string) when the value overflows.
        return !double.IsInfinity(value);
    }

    private static bool TryParseMagnitude(string digits, out ulong value)
    {
        value = 0;
        if (digits.Length == 0)
        {
            return false;
        }

        var radix = 10u;
        if (digits.Length > 1 && digits[0] == '0')
        {
            switch (digits[1])
            {
                case 'x' or 'X':
                    radix = 16;
                    digits = digits[2..];
                    break;
                case 'o' or 'O':
                    radix = 8;
                    digits = digits[2..];
                    break;
                case 'b' or 'B':
                    radix = 2;
                    digits = digits[2..];
                    break;
                default:
                    radix = 8;
                    digits = digits[1..];
                    break;
            }

            if (digits.Length == 0)
            {
                return false;
            }
        }

        foreach (var c in digits)
        {
            var digit = c switch
            {
                >= '0' and <= '9' => (uint)(c - '0'),
                >= 'a' and <= 'f' => (uint)(c - 'a' + 10),
                >= 'A' and <= 'F' => (uint)(c - 'A' + 10),
                _ => uint.MaxValue,
            };
            if (digit >= radix)
            {
                return false;
            }

            try
            {
                value = checked((value * radix) + digit);
            }
            catch (OverflowException)
            {
                return false;
            }
        }

        return true;
    }
}
