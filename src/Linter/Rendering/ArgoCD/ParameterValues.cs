using System.Globalization;
using GitOpsLint.Rendering.Kustomize.Nodes;
using GitOpsLint.Syntax;

namespace GitOpsLint.Rendering.ArgoCD;

/// <summary>
/// Generator parameters as Argo CD holds them: JSON-like values (strings, float64 numbers, bools, null, lists, maps),
/// nested for goTemplate mode and flattened to dotted string keys for fasttemplate mode.
/// </summary>
internal static class ParameterValues
{
    /// <summary>A YAML node as <c>encoding/json</c> decodes it after sigs.k8s.io/yaml: numbers become float64.</summary>
    public static object? FromYaml(YamlNode node) => node switch
    {
        YamlMapping mapping => mapping.Entries.GroupBy(e => e.KeyText).ToDictionary(g => g.Key, g => FromYaml(g.Last().Value), StringComparer.Ordinal),
        YamlSequence sequence => sequence.Items.Select(FromYaml).ToList(),
        YamlScalar scalar => scalar.Resolved.Type switch
        {
            ScalarType.Null => null,
            ScalarType.Bool => scalar.Resolved.Value,
            ScalarType.Int or ScalarType.Float => Convert.ToDouble(scalar.Resolved.Value, CultureInfo.InvariantCulture),
            _ => scalar.Value,
        },
        _ => null,
    };

    public static object? FromKNode(KNode node) => node switch
    {
        KMapping mapping => mapping.Entries.ToDictionary(e => e.Key, e => FromKNode(e.Value), StringComparer.Ordinal),
        KSequence sequence => sequence.Items.Select(FromKNode).ToList(),
        KScalar scalar => scalar.Typed.Type switch
        {
            KScalarType.Null => null,
            KScalarType.Bool => scalar.Typed.Text == "true",
            KScalarType.Int => (double)scalar.Typed.Int,
            KScalarType.UInt => (double)scalar.Typed.UInt,
            KScalarType.Float => scalar.Typed.Float,
            _ => scalar.Value,
        },
        _ => null,
    };

    /// <summary>Flattens nested maps and lists with dots (<c>a.b</c>, <c>list.0</c>), values printed as Go's <c>%v</c> prints them.</summary>
    public static void Flatten(string prefix, object? value, IDictionary<string, object?> into)
    {
        switch (value)
        {
            case Dictionary<string, object?> map:
                foreach (var (key, child) in map)
                {
                    Flatten(prefix.Length == 0 ? key : prefix + "." + key, child, into);
                }

                break;
            case List<object?> list:
                for (var i = 0; i < list.Count; i++)
                {
                    Flatten(prefix + "." + i.ToString(CultureInfo.InvariantCulture), list[i], into);
                }

                break;
            default:
                if (prefix.Length > 0)
                {
                    into[prefix] = Print(value);
                }

                break;
        }
    }

    /// <summary>Go's <c>%v</c> for JSON values: <c>true</c>, <c>3</c>, <c>1.5</c>, <c>1e+21</c>, <c>&lt;nil&gt;</c>.</summary>
    public static string Print(object? value) => value switch
    {
        null => "<nil>",
        string s => s,
        bool b => b ? "true" : "false",
        double d => PrintFloat(d),
        Dictionary<string, object?> map => "map[" + string.Join(' ', map.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => p.Key + ":" + Print(p.Value))) + "]",
        List<object?> list => "[" + string.Join(' ', list.Select(Print)) + "]",
        _ => Convert.ToString(value, CultureInfo.InvariantCulture) ?? string.Empty,
    };

    /// <summary>Go's <c>%v</c> of a float64 (<c>strconv.FormatFloat(d, 'g', -1, 64)</c>): shortest digits, exponent form below 1e-4 and from 1e+06.</summary>
    private static string PrintFloat(double d)
    {
        if (double.IsNaN(d))
        {
            return "NaN";
        }

        if (double.IsInfinity(d))
        {
            return d > 0 ? "+Inf" : "-Inf";
        }

        if (d == 0)
        {
            return "0";
        }

        var text = Math.Abs(d).ToString("R", CultureInfo.InvariantCulture);
        var exponentPart = 0;
        var e = text.IndexOf('E');
        if (e >= 0)
        {
            exponentPart = int.Parse(text[(e + 1)..], CultureInfo.InvariantCulture);
            text = text[..e];
        }

        var dot = text.IndexOf('.');
        var digits = (dot < 0 ? text : text[..dot] + text[(dot + 1)..]).TrimStart('0');
        var leadingZeros = (dot < 0 ? text : text[..dot] + text[(dot + 1)..]).Length - digits.Length;
        var pointPosition = (dot < 0 ? text.Length : dot) - leadingZeros + exponentPart;
        digits = digits.TrimEnd('0');
        if (digits.Length == 0)
        {
            return "0";
        }

        var exponent = pointPosition - 1;
        var sign = d < 0 ? "-" : string.Empty;
        if (exponent < -4 || exponent >= 6)
        {
            var mantissa = digits.Length == 1 ? digits : digits[0] + "." + digits[1..];
            return sign + mantissa + "e" + (exponent < 0 ? "-" : "+") + Math.Abs(exponent).ToString("00", CultureInfo.InvariantCulture);
        }

        if (pointPosition <= 0)
        {
            return sign + "0." + new string('0', -pointPosition) + digits;
        }

        return pointPosition >= digits.Length
            ? sign + digits + new string('0', pointPosition - digits.Length)
            : sign + digits[..pointPosition] + "." + digits[pointPosition..];
    }

    /// <summary>A deep copy, so one parameter set can be merged into another without sharing.</summary>
    public static object? Clone(object? value) => value switch
    {
        Dictionary<string, object?> map => map.ToDictionary(p => p.Key, p => Clone(p.Value), StringComparer.Ordinal),
        List<object?> list => list.Select(Clone).ToList(),
        _ => value,
    };

    /// <summary>Merges <paramref name="overlay"/> into <paramref name="target"/>: maps merge recursively, anything else replaces.</summary>
    public static void DeepMerge(Dictionary<string, object?> target, Dictionary<string, object?> overlay)
    {
        foreach (var (key, value) in overlay)
        {
            if (value is Dictionary<string, object?> map && target.GetValueOrDefault(key) is Dictionary<string, object?> existing)
            {
                DeepMerge(existing, map);
            }
            else
            {
                target[key] = Clone(value);
            }
        }
    }
}
