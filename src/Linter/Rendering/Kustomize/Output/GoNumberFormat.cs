using System.Globalization;

namespace GitOpsLint.Rendering.Kustomize.Output;

/// <summary>
/// Numbers the way kustomize prints them: a float goes through Go's JSON encoder and back through go-yaml v2, so an
/// integral float prints as an integer and any other float in Go's shortest <c>%g</c> form (<c>1.5</c>, <c>1e+21</c>).
/// </summary>
internal static class GoNumberFormat
{
    public static string FormatFloat(double value)
    {
        if (double.IsPositiveInfinity(value))
        {
            return ".inf";
        }

        if (double.IsNegativeInfinity(value))
        {
            return "-.inf";
        }

        if (double.IsNaN(value))
        {
            return ".nan";
        }

        var abs = Math.Abs(value);
        if (value == Math.Floor(value) && abs < 1e21)
        {
            // JSON writes it without a fraction, so go-yaml reads it back as an integer when it fits.
            if (abs < 9.2e18)
            {
                return ((long)value).ToString(CultureInfo.InvariantCulture);
            }

            if (value > 0 && value < 1.8e19)
            {
                return ((ulong)value).ToString(CultureInfo.InvariantCulture);
            }
        }

        return FormatShortestG(value);
    }

    /// <summary>Go's <c>strconv.FormatFloat(v, 'g', -1, 64)</c>.</summary>
    public static string FormatShortestG(double value)
    {
        var (negative, digits, pointPosition) = ShortestDigits(value);
        var exponent = pointPosition - 1;
        var sign = negative ? "-" : string.Empty;
        // Go uses %e when the exponent is below -4 or at least 6 for the shortest precision.
        if (exponent < -4 || exponent >= 6)
        {
            var mantissa = digits.Length > 1 ? digits[0] + "." + digits[1..] : digits;
            var exponentText = Math.Abs(exponent).ToString("00", CultureInfo.InvariantCulture);
            return $"{sign}{mantissa}e{(exponent < 0 ? '-' : '+')}{exponentText}";
        }

        if (pointPosition <= 0)
        {
            return sign + "0." + new string('0', -pointPosition) + digits;
        }

        if (pointPosition >= digits.Length)
        {
            return sign + digits + new string('0', pointPosition - digits.Length);
        }

        return sign + digits[..pointPosition] + "." + digits[pointPosition..];
    }

    /// <summary>The shortest round-tripping decimal digits and the position of the decimal point (Go's decimal.dp).</summary>
    private static (bool Negative, string Digits, int PointPosition) ShortestDigits(double value)
    {
        if (value == 0)
        {
            return (double.IsNegative(value), "0", 1);
        }

        var roundTrip = value.ToString("R", CultureInfo.InvariantCulture);
        var negative = roundTrip.StartsWith('-');
        if (negative)
        {
            roundTrip = roundTrip[1..];
        }

        var exponent = 0;
        var ePosition = roundTrip.IndexOfAny(['E', 'e']);
        var mantissa = roundTrip;
        if (ePosition >= 0)
        {
            exponent = int.Parse(roundTrip[(ePosition + 1)..], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
            mantissa = roundTrip[..ePosition];
        }

        var dot = mantissa.IndexOf('.', StringComparison.Ordinal);
        var integerPart = dot < 0 ? mantissa : mantissa[..dot];
        var fractionPart = dot < 0 ? string.Empty : mantissa[(dot + 1)..];
        var allDigits = integerPart + fractionPart;
        var point = integerPart.Length + exponent;
        var leadingZeros = allDigits.Length - allDigits.TrimStart('0').Length;
        allDigits = allDigits.TrimStart('0');
        point -= leadingZeros;
        allDigits = allDigits.TrimEnd('0');
        return (negative, allDigits.Length == 0 ? "0" : allDigits, point);
    }
}
