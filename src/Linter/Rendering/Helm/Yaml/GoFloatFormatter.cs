using System.Globalization;
using System.Text;

namespace GitOpsLint.Rendering.Helm.Yaml;

/// <summary>Go's float formatting as far as YAML and JSON output need it (<c>strconv.FormatFloat</c> with shortest precision).</summary>
internal static class GoFloatFormatter
{
    /// <summary><c>strconv.FormatFloat(d, 'g', -1, 64)</c>: <c>1e+06</c>, <c>1.5</c>, <c>1e-05</c>, <c>+Inf</c>, <c>NaN</c>.</summary>
    internal static string Format(double d) => FormatG(d, ShortestDigits(d.ToString("R", CultureInfo.InvariantCulture)));

    /// <summary>What go-yaml's encoder writes for a float64: 'g' formatting with YAML's names for the specials.</summary>
    internal static string FormatYaml(double d) => d switch
    {
        double.PositiveInfinity => ".inf",
        double.NegativeInfinity => "-.inf",
        _ when double.IsNaN(d) => ".nan",
        _ => Format(d),
    };

    /// <summary>sigs.k8s.io/yaml's conversion of a float map key: float32 precision, YAML names for specials.</summary>
    internal static string FormatYamlKey(double d) => d switch
    {
        double.PositiveInfinity => ".inf",
        double.NegativeInfinity => "-.inf",
        _ when double.IsNaN(d) => ".nan",
        _ => FormatG(d, ShortestDigits(((float)d).ToString("R", CultureInfo.InvariantCulture))),
    };

    /// <summary>
    /// sigs.k8s.io/yaml's conversion of a YAML float into a string-typed struct field: float32 shortest 'g',
    /// which is why <c>appVersion: 1.10</c> in Chart.yaml becomes "1.1".
    /// </summary>
    internal static string FormatForStringField(double d) => FormatYamlKey(d) switch
    {
        ".inf" => "+Inf",
        "-.inf" => "-Inf",
        ".nan" => "NaN",
        var s => s,
    };

    /// <summary>encoding/json's float64: plain decimal between 1e-6 and 1e21, exponent (without padding) outside.</summary>
    internal static string FormatJson(double d)
    {
        var digits = ShortestDigits(d.ToString("R", CultureInfo.InvariantCulture));
        var abs = Math.Abs(d);
        if (abs != 0 && (abs < 1e-6 || abs >= 1e21))
        {
            var text = FormatExponent(digits);
            // encoding/json cleans e-09 to e-9.
            var e = text.IndexOf('e', StringComparison.Ordinal);
            if (e >= 0 && text.Length - e == 4 && text[e + 2] == '0')
            {
                text = text[..(e + 2)] + text[(e + 3)..];
            }

            return text;
        }

        return FormatFixed(digits);
    }

    private readonly record struct Digits(bool Negative, string Mantissa, int DecimalPoint, string? Special);

    private static Digits ShortestDigits(string roundTrip)
    {
        switch (roundTrip)
        {
            case "NaN":
                return new Digits(false, "", 0, "NaN");
            case "∞" or "Infinity":
                return new Digits(false, "", 0, "+Inf");
            case "-∞" or "-Infinity":
                return new Digits(true, "", 0, "-Inf");
        }

        var negative = roundTrip.StartsWith('-');
        var body = negative ? roundTrip[1..] : roundTrip;
        var exponent = 0;
        var e = body.IndexOfAny(['E', 'e']);
        if (e >= 0)
        {
            exponent = int.Parse(body[(e + 1)..], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
            body = body[..e];
        }

        var dot = body.IndexOf('.', StringComparison.Ordinal);
        var mantissa = dot >= 0 ? body.Remove(dot, 1) : body;
        var point = (dot >= 0 ? dot : body.Length) + exponent;
        var leadingZeros = 0;
        while (leadingZeros < mantissa.Length - 1 && mantissa[leadingZeros] == '0')
        {
            leadingZeros++;
        }

        mantissa = mantissa[leadingZeros..];
        point -= leadingZeros;
        mantissa = mantissa.TrimEnd('0');
        if (mantissa.Length == 0)
        {
            return new Digits(negative, "0", 1, null);
        }

        return new Digits(negative, mantissa, point, null);
    }

    private static string FormatG(double d, Digits digits)
    {
        if (digits.Special is not null)
        {
            return digits.Special;
        }

        // With shortest precision strconv switches to the exponent form when exp < -4 || exp >= 6.
        var exponent = digits.DecimalPoint - 1;
        if (d != 0 && (exponent < -4 || exponent >= 6))
        {
            return FormatExponent(digits);
        }

        return FormatFixed(digits);
    }

    private static string FormatExponent(Digits digits)
    {
        var sb = new StringBuilder();
        if (digits.Negative)
        {
            sb.Append('-');
        }

        sb.Append(digits.Mantissa[0]);
        if (digits.Mantissa.Length > 1)
        {
            sb.Append('.').Append(digits.Mantissa, 1, digits.Mantissa.Length - 1);
        }

        var exponent = digits.Mantissa == "0" ? 0 : digits.DecimalPoint - 1;
        sb.Append('e').Append(exponent < 0 ? '-' : '+');
        var abs = Math.Abs(exponent);
        if (abs < 10)
        {
            sb.Append('0');
        }

        sb.Append(abs.ToString(CultureInfo.InvariantCulture));
        return sb.ToString();
    }

    private static string FormatFixed(Digits digits)
    {
        var sb = new StringBuilder();
        if (digits.Negative && digits.Mantissa != "0")
        {
            sb.Append('-');
        }

        if (digits.DecimalPoint <= 0)
        {
            sb.Append("0.").Append('0', -digits.DecimalPoint).Append(digits.Mantissa);
        }
        else if (digits.DecimalPoint >= digits.Mantissa.Length)
        {
            sb.Append(digits.Mantissa).Append('0', digits.DecimalPoint - digits.Mantissa.Length);
        }
        else
        {
            sb.Append(digits.Mantissa, 0, digits.DecimalPoint).Append('.').Append(digits.Mantissa, digits.DecimalPoint, digits.Mantissa.Length - digits.DecimalPoint);
        }

        return sb.ToString();
    }
}
