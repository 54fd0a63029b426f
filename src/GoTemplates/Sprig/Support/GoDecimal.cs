using System.Globalization;
using System.Numerics;
using GoTemplates.Runtime;

namespace GoTemplates.Sprig.Support;

/// <summary>
/// The arithmetic of shopspring/decimal that Sprig's float functions use: values start from a
/// float64's shortest decimal form, add/sub/mul exactly, and divide to 16 decimal places rounding
/// half away from zero, before converting back to the nearest float64.
/// </summary>
internal readonly record struct GoDecimal(BigInteger Value, int Exponent)
{
    private const int DivisionPrecision = 16;

    public static GoDecimal FromDouble(double d)
    {
        if (double.IsNaN(d) || double.IsInfinity(d))
            throw new Runtime.GoPanicException($"Cannot create a Decimal from {GoFmt.FormatFloat(d, 'g', -1)}");
        if (d == 0) return new GoDecimal(BigInteger.Zero, 0);
        var digits = GoStrconv.ShortestDigits(d, out var decimalPoint);
        var value = BigInteger.Parse(digits, CultureInfo.InvariantCulture);
        return new GoDecimal(d < 0 ? -value : value, decimalPoint - digits.Length);
    }

    public GoDecimal Add(GoDecimal other)
    {
        var (a, b, exponent) = Align(this, other);
        return new GoDecimal(a + b, exponent);
    }

    public GoDecimal Sub(GoDecimal other)
    {
        var (a, b, exponent) = Align(this, other);
        return new GoDecimal(a - b, exponent);
    }

    public GoDecimal Mul(GoDecimal other) => new(Value * other.Value, Exponent + other.Exponent);

    public GoDecimal Div(GoDecimal other)
    {
        if (other.Value.IsZero) throw new Runtime.GoPanicException("decimal division by 0");
        // this / other = (v1 / v2) * 10^(e1 - e2); scale so the quotient has DivisionPrecision decimals.
        var shift = DivisionPrecision + Exponent - other.Exponent;
        var numerator = Value;
        var denominator = other.Value;
        if (shift >= 0) numerator *= BigInteger.Pow(10, shift);
        else denominator *= BigInteger.Pow(10, -shift);
        var quotient = BigInteger.DivRem(numerator, denominator, out var remainder);
        if (BigInteger.Abs(remainder) * 2 >= BigInteger.Abs(denominator))
            quotient += numerator.Sign * denominator.Sign < 0 ? -1 : 1;
        return new GoDecimal(quotient, -DivisionPrecision);
    }

    public double ToDouble()
    {
        var text = Value.ToString(CultureInfo.InvariantCulture) + "e" + Exponent.ToString(CultureInfo.InvariantCulture);
        return double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);
    }

    private static (BigInteger A, BigInteger B, int Exponent) Align(GoDecimal x, GoDecimal y)
    {
        if (x.Exponent == y.Exponent) return (x.Value, y.Value, x.Exponent);
        if (x.Exponent > y.Exponent) return (x.Value * BigInteger.Pow(10, x.Exponent - y.Exponent), y.Value, y.Exponent);
        return (x.Value, y.Value * BigInteger.Pow(10, y.Exponent - x.Exponent), x.Exponent);
    }
}
