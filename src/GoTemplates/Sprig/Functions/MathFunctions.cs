using System.Globalization;
using GoTemplates.Runtime;
using GoTemplates.Sprig.Support;
using static GoTemplates.Sprig.Support.SprigTypes;

namespace GoTemplates.Sprig.Functions;

/// <summary>Sprig's numeric.go and the arithmetic of functions.go: int64 arithmetic through spf13/cast, float arithmetic through decimals.</summary>
internal static class MathFunctions
{
    public static void Register(FunctionTable t, SprigContext context)
    {
        t.Add("atoi", Of(Str), Int, a => GoStrconv.TryAtoi((string)a[0]!, out var v) ? (nint)v : (nint)0);
        t.Add("int64", Of(Any), I64, a => Cast.ToInt64(a[0]));
        t.Add("int", Of(Any), Int, a => Cast.ToInt(a[0]));
        t.Add("float64", Of(Any), F64, a => Cast.ToFloat64(a[0]));
        t.AddVariadic("seq", Of(Int), Str, a => Seq(a.Select(v => (long)(nint)v!).ToArray()));
        t.Add("toDecimal", Of(Any), I64, a => GoStrconv.TryParseInt(GoFmt.Sprint(a[0]), 8, out var v) ? v : 0L);
        t.Add("until", Of(Int), IntList, a => Until((nint)a[0]!));
        t.Add("untilStep", Of(Int, Int, Int), IntList, a => UntilStep((nint)a[0]!, (nint)a[1]!, (nint)a[2]!));
        t.Add("add1", Of(Any), I64, a => unchecked(Cast.ToInt64(a[0]) + 1));
        t.AddVariadic("add", Of(Any), I64, a => a.Aggregate(0L, (sum, v) => unchecked(sum + Cast.ToInt64(v))));
        t.Add("sub", Of(Any, Any), I64, a => unchecked(Cast.ToInt64(a[0]) - Cast.ToInt64(a[1])));
        t.Add("div", Of(Any, Any), I64, a => Divide(Cast.ToInt64(a[0]), Cast.ToInt64(a[1])));
        t.Add("mod", Of(Any, Any), I64, a => Modulo(Cast.ToInt64(a[0]), Cast.ToInt64(a[1])));
        t.AddVariadic("mul", Of(Any, Any), I64, a => a[1..].Aggregate(Cast.ToInt64(a[0]), (product, v) => unchecked(product * Cast.ToInt64(v))));
        t.Add("randInt", Of(Int, Int), Int, a => RandInt(context, (nint)a[0]!, (nint)a[1]!));
        t.Add("add1f", Of(Any), F64, a => DecimalOp(a[0], [(nint)1], (x, y) => x.Add(y)));
        t.AddVariadic("addf", Of(Any), F64, a => DecimalOp(0.0, a, (x, y) => x.Add(y)));
        t.AddVariadic("subf", Of(Any, Any), F64, a => DecimalOp(a[0], a[1..], (x, y) => x.Sub(y)));
        t.AddVariadic("divf", Of(Any, Any), F64, a => DecimalOp(a[0], a[1..], (x, y) => x.Div(y)));
        t.AddVariadic("mulf", Of(Any, Any), F64, a => DecimalOp(a[0], a[1..], (x, y) => x.Mul(y)));
        t.AddVariadic("max", Of(Any, Any), I64, a => a[1..].Select(Cast.ToInt64).Aggregate(Cast.ToInt64(a[0]), Math.Max));
        t.Alias("biggest", "max");
        t.AddVariadic("min", Of(Any, Any), I64, a => a[1..].Select(Cast.ToInt64).Aggregate(Cast.ToInt64(a[0]), Math.Min));
        t.AddVariadic("maxf", Of(Any, Any), F64, a => a[1..].Select(Cast.ToFloat64).Aggregate(Cast.ToFloat64(a[0]), Math.Max));
        t.AddVariadic("minf", Of(Any, Any), F64, a => a[1..].Select(Cast.ToFloat64).Aggregate(Cast.ToFloat64(a[0]), Math.Min));
        t.Add("ceil", Of(Any), F64, a => Math.Ceiling(Cast.ToFloat64(a[0])));
        t.Add("floor", Of(Any), F64, a => Math.Floor(Cast.ToFloat64(a[0])));
        t.AddVariadic("round", Of(Any, Int, F64), F64, a => Round(a[0], (nint)a[1]!, a.Length > 2 ? (double)a[2]! : 0.5));
    }

    private static long Divide(long a, long b)
    {
        if (b == 0) throw new GoPanicException("runtime error: integer divide by zero");
        return b == -1 ? unchecked(-a) : a / b;
    }

    private static long Modulo(long a, long b)
    {
        if (b == 0) throw new GoPanicException("runtime error: integer divide by zero");
        return b == -1 ? 0 : a % b;
    }

    private static nint RandInt(SprigContext context, long min, long max)
    {
        var range = max - min;
        if (range <= 0) throw new GoPanicException("invalid argument to Intn");
        return (nint)(context.Random.NextInt64(range) + min);
    }

    private static double DecimalOp(object? first, object?[] rest, Func<GoDecimal, GoDecimal, GoDecimal> op)
    {
        var result = GoDecimal.FromDouble(Cast.ToFloat64(first));
        foreach (var value in rest) result = op(result, GoDecimal.FromDouble(Cast.ToFloat64(value)));
        return result.ToDouble();
    }

    /// <summary>Sprig's round: half-up at <paramref name="roundOn"/>, computed in float64 as Sprig does.</summary>
    private static double Round(object? value, long places, double roundOn)
    {
        var val = Cast.ToFloat64(value);
        var pow = Math.Pow(10, places);
        var digit = pow * val;
        var fraction = digit - Math.Truncate(digit);
        if (double.IsInfinity(digit)) fraction = 0;
        var rounded = fraction >= roundOn ? Math.Ceiling(digit) : Math.Floor(digit);
        return rounded / pow;
    }

    internal static List<nint> Until(long count) => UntilStep(0, count, count < 0 ? -1 : 1);

    internal static List<nint> UntilStep(long start, long stop, long step)
    {
        var result = new List<nint>();
        if (stop < start)
        {
            if (step >= 0) return result;
            for (var i = start; i > stop; i += step) result.Add((nint)i);
            return result;
        }
        if (step <= 0) return result;
        for (var i = start; i < stop; i += step) result.Add((nint)i);
        return result;
    }

    private static string Seq(long[] p)
    {
        List<nint> values;
        switch (p.Length)
        {
            case 1:
            {
                var increment = p[0] < 1 ? -1 : 1;
                values = UntilStep(1, p[0] + increment, increment);
                break;
            }
            case 2:
            {
                var step = p[1] < p[0] ? -1 : 1;
                values = UntilStep(p[0], p[1] + step, step);
                break;
            }
            case 3:
            {
                var increment = 1;
                if (p[2] < p[0])
                {
                    increment = -1;
                    if (p[1] > 0) return "";
                }
                values = UntilStep(p[0], p[2] + increment, p[1]);
                break;
            }
            default:
                return "";
        }
        return string.Join(" ", values.Select(v => v.ToString(CultureInfo.InvariantCulture)));
    }
}
