using GoTemplates.Runtime;
namespace GoTemplates.Sprig.Support;

/// <summary>
/// spf13/cast's <c>ToInt</c>, <c>ToInt64</c> and <c>ToFloat64</c> (errors swallowed, giving 0), and
/// Sprig's <c>strval</c>.
/// </summary>
internal static class Cast
{
    public static long ToInt64(object? value) => value switch
    {
        nint i => i,
        long i => i,
        int i => i,
        short i => i,
        sbyte i => i,
        nuint i => unchecked((long)i),
        ulong i => unchecked((long)i),
        uint i => i,
        ushort i => i,
        byte i => i,
        double d => FloatToInt64(d),
        float f => FloatToInt64(f),
        string s => GoStrconv.TryParseInt(TrimZeroDecimal(s), 0, out var parsed) ? parsed : 0,
        bool b => b ? 1 : 0,
        _ => 0,
    };

    public static nint ToInt(object? value) => (nint)ToInt64(value);

    public static double ToFloat64(object? value) => value switch
    {
        nint i => i,
        long i => i,
        int i => i,
        short i => i,
        sbyte i => i,
        nuint i => i,
        ulong i => i,
        uint i => i,
        ushort i => i,
        byte i => i,
        double d => d,
        float f => f,
        string s => GoStrconv.TryParseFloat(s, out var parsed) ? parsed : 0,
        bool b => b ? 1 : 0,
        _ => 0,
    };

    /// <summary>Go's float-to-int conversion on amd64: out of range and NaN give the "integer indefinite" value.</summary>
    public static long FloatToInt64(double d) =>
        double.IsNaN(d) || d >= 9223372036854775808.0 || d < -9223372036854775808.0 ? long.MinValue : (long)d;

    /// <summary>cast's trimZeroDecimal: "10.00" becomes "10", "1.50" stays.</summary>
    private static string TrimZeroDecimal(string s)
    {
        var foundZero = false;
        for (var i = s.Length; i > 0; i--)
        {
            switch (s[i - 1])
            {
                case '.':
                    if (foundZero) return s[..(i - 1)];
                    break;
                case '0':
                    foundZero = true;
                    break;
                default:
                    return s;
            }
        }
        return s;
    }

    /// <summary>Sprig's <c>strval</c>: strings as they are, []byte as text, Stringers through String(), else <c>%v</c>.</summary>
    public static string StrVal(object? value) => value switch
    {
        string s => s,
        byte[] bytes => GoStrings.FromBytes(bytes),
        IGoStringer stringer => stringer.String(),
        _ => GoFmt.Sprint(value),
    };
}
