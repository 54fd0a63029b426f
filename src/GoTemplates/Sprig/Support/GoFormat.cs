using System.Collections;
using System.Globalization;
using System.Text;
using GoTemplates.Runtime;

namespace GoTemplates.Sprig.Support;

/// <summary>
/// Go's <c>fmt</c> <c>%v</c> printing of the values Sprig formats (<c>cat</c>, <c>squote</c>,
/// <c>toString</c>, <c>join</c>, <c>dict</c> keys ...).
/// </summary>
internal static class GoFormat
{
    /// <summary><c>fmt.Sprint(v)</c> for a single operand, i.e. <c>%v</c>.</summary>
    public static string Sprint(object? value)
    {
        var sb = new StringBuilder();
        Append(sb, value, topLevel: true);
        return sb.ToString();
    }

    private static void Append(StringBuilder sb, object? value, bool topLevel)
    {
        switch (value)
        {
            case null:
                sb.Append("<nil>");
                return;
            case string s:
                sb.Append(s);
                return;
            case bool b:
                sb.Append(b ? "true" : "false");
                return;
            case double d:
                sb.Append(GoStrconv.FormatG(d));
                return;
            case float f:
                sb.Append(GoStrconv.FormatG(f));
                return;
            case nint or long or int or short or sbyte or nuint or ulong or uint or ushort or byte:
                sb.Append(Convert.ToString(value, CultureInfo.InvariantCulture));
                return;
            case IGoStringer stringer:
                sb.Append(stringer.GoString());
                return;
            case byte[] bytes:
                sb.Append('[');
                for (var i = 0; i < bytes.Length; i++)
                {
                    if (i > 0) sb.Append(' ');
                    sb.Append(bytes[i].ToString(CultureInfo.InvariantCulture));
                }
                sb.Append(']');
                return;
            case IDictionary map:
                sb.Append("map[");
                var first = true;
                foreach (var key in map.Keys.Cast<object>().Select(k => (string)k).OrderBy(k => k, GoStringComparer.Instance))
                {
                    if (!first) sb.Append(' ');
                    first = false;
                    sb.Append(key).Append(':');
                    Append(sb, map[key], topLevel: false);
                }
                sb.Append(']');
                return;
            case IList list:
                sb.Append('[');
                for (var i = 0; i < list.Count; i++)
                {
                    if (i > 0) sb.Append(' ');
                    Append(sb, list[i], topLevel: false);
                }
                sb.Append(']');
                return;
            case IGoStruct structure:
                sb.Append('{');
                var fields = structure.FieldValues();
                for (var i = 0; i < fields.Count; i++)
                {
                    if (i > 0) sb.Append(' ');
                    Append(sb, fields[i], topLevel: false);
                }
                sb.Append('}');
                return;
            case IGoObject other:
                sb.Append('{').Append(other.Type.Name).Append('}');
                return;
            default:
                sb.Append(value.ToString());
                return;
        }
    }
}

/// <summary>A Go value whose type has a <c>String() string</c> method, which <c>fmt</c> calls.</summary>
internal interface IGoStringer
{
    string GoString();
}

/// <summary>A plain Go struct that <c>fmt</c> prints field by field, as <c>{a b}</c>.</summary>
internal interface IGoStruct
{
    IReadOnlyList<string> FieldNames();

    IReadOnlyList<object?> FieldValues();
}

/// <summary>Go string ordering: byte-wise over UTF-8, which is code-point order.</summary>
internal sealed class GoStringComparer : IComparer<string>
{
    public static readonly GoStringComparer Instance = new();

    public int Compare(string? x, string? y)
    {
        if (x is null || y is null) return x is null ? (y is null ? 0 : -1) : 1;
        var length = Math.Min(x.Length, y.Length);
        for (var i = 0; i < length; i++)
        {
            var a = x[i];
            var b = y[i];
            if (a == b) continue;
            // Surrogates encode code points above every BMP character, unlike their UTF-16 values.
            var aKey = char.IsSurrogate(a) ? a + 0x10000 : a;
            var bKey = char.IsSurrogate(b) ? b + 0x10000 : b;
            return aKey.CompareTo(bKey);
        }
        return x.Length.CompareTo(y.Length);
    }
}
