using System.Collections;
using GoTemplates.Runtime;

namespace GoTemplates.Sprig.Support;

/// <summary>
/// Reflection over the CLR representation of Go values (see <see cref="GoType"/>): type names as
/// <c>%T</c> prints them, kinds as <c>reflect.Kind.String()</c>, Sprig's notion of emptiness and
/// <c>reflect.DeepEqual</c>.
/// </summary>
internal static class GoValues
{
    public static string TypeName(object? value) => GoTypes.NameOf(value);

    /// <summary>The Go kind name, as <c>reflect.Value.Kind().String()</c> prints it.</summary>
    public static string KindName(object? value) => KindName(GoTypes.KindOf(value));

    public static string KindName(GoKind kind) => kind switch
    {
        GoKind.Invalid => "invalid",
        GoKind.Interface => "interface",
        GoKind.Bool => "bool",
        GoKind.String => "string",
        GoKind.Int => "int",
        GoKind.Int64 => "int64",
        GoKind.Int32 => "int32",
        GoKind.Int16 => "int16",
        GoKind.Int8 => "int8",
        GoKind.Uint => "uint",
        GoKind.Uint64 => "uint64",
        GoKind.Uint32 => "uint32",
        GoKind.Uint8 => "uint8",
        GoKind.Float64 => "float64",
        GoKind.Float32 => "float32",
        GoKind.Slice => "slice",
        GoKind.Map => "map",
        GoKind.Struct => "struct",
        GoKind.Pointer => "ptr",
        GoKind.Func => "func",
        _ => "invalid",
    };

    /// <summary>Whether the value is a Go slice or array (anything <c>reflect</c> could index).</summary>
    public static bool IsSlice(object? value) => value is not string && value is IList;

    /// <summary>The elements of a slice, boxed as <c>interface{}</c> values; null when not a slice.</summary>
    public static List<object?>? SliceItems(object? value)
    {
        if (value is string || value is not IList list) return null;
        var items = new List<object?>(list.Count);
        foreach (var item in list) items.Add(item);
        return items;
    }

    public static bool IsMap(object? value) => value is IDictionary;

    /// <summary>
    /// Sprig's <c>empty</c>: nil, zero numbers, false, and zero-length strings, slices and maps are
    /// empty; structs never are; a non-nil pointer is not.
    /// </summary>
    public static bool IsEmpty(object? value) => value switch
    {
        null => true,
        string s => s.Length == 0,
        bool b => !b,
        nint i => i == 0,
        long i => i == 0,
        int i => i == 0,
        short i => i == 0,
        sbyte i => i == 0,
        nuint i => i == 0,
        ulong i => i == 0,
        uint i => i == 0,
        ushort i => i == 0,
        byte i => i == 0,
        double d => d == 0,
        float f => f == 0,
        ICollection c => c.Count == 0,
        _ => false,
    };

    /// <summary>Go's <c>reflect.DeepEqual</c> over the CLR representation: types must match exactly.</summary>
    public static bool DeepEqual(object? a, object? b)
    {
        if (a is null || b is null) return a is null && b is null;
        if (a.GetType() != b.GetType()) return false;
        switch (a)
        {
            case double x: return x == (double)b;
            case float x: return x == (float)b;
            case string x: return x == (string)b;
            case byte[] x: return x.AsSpan().SequenceEqual((byte[])b);
            case IDictionary x:
            {
                var y = (IDictionary)b;
                if (ReferenceEquals(x, y)) return true;
                if (x.Count != y.Count) return false;
                foreach (DictionaryEntry entry in x)
                {
                    if (!y.Contains(entry.Key) || !DeepEqual(entry.Value, y[entry.Key])) return false;
                }
                return true;
            }
            case IList x:
            {
                var y = (IList)b;
                if (ReferenceEquals(x, y)) return true;
                if (x.Count != y.Count) return false;
                for (var i = 0; i < x.Count; i++)
                {
                    if (!DeepEqual(x[i], y[i])) return false;
                }
                return true;
            }
            case IGoObject:
                return ReferenceEquals(a, b) || a.Equals(b);
            default:
                return a.Equals(b);
        }
    }
}
