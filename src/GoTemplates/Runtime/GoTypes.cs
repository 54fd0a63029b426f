using System.Collections;

namespace GoTemplates.Runtime;

/// <summary>Maps CLR values to the Go types they represent (see the table on <see cref="GoType"/>).</summary>
public static class GoTypes
{
    /// <summary>The Go dynamic type of a value, or null for nil (an empty interface).</summary>
    public static GoType? TypeOf(object? value) => value switch
    {
        null => null,
        string => GoType.String,
        bool => GoType.Bool,
        nint => GoType.Int,
        long => GoType.Int64,
        double => GoType.Float64,
        int => GoType.Int32,
        short => GoType.Int16,
        sbyte => GoType.Int8,
        nuint => GoType.Uint,
        ulong => GoType.Uint64,
        uint => GoType.Uint32,
        ushort => Uint16,
        byte => GoType.Uint8,
        float => GoType.Float32,
        System.Numerics.Complex => GoType.Complex128,
        IGoObject obj => obj.Type,
        IGoNamedType named => named.Type,
        List<object?> => InterfaceSlice,
        Dictionary<string, object?> => InterfaceMap,
        List<string> => StringSlice,
        byte[] => ByteSlice,
        GoFunction function => FunctionType(function),
        _ => OfClrType(value.GetType()),
    };

    /// <summary>The Go type name <c>%T</c> prints; <c>&lt;nil&gt;</c> for nil.</summary>
    public static string NameOf(object? value) => TypeOf(value)?.Name ?? "<nil>";

    /// <summary>The Go kind of a value; <see cref="GoKind.Invalid"/> for nil.</summary>
    public static GoKind KindOf(object? value) => value switch
    {
        null => GoKind.Invalid,
        string => GoKind.String,
        bool => GoKind.Bool,
        nint => GoKind.Int,
        long => GoKind.Int64,
        double => GoKind.Float64,
        int => GoKind.Int32,
        short => GoKind.Int16,
        sbyte => GoKind.Int8,
        nuint => GoKind.Uint,
        ulong => GoKind.Uint64,
        uint => GoKind.Uint32,
        ushort => GoKind.Uint,
        byte => GoKind.Uint8,
        float => GoKind.Float32,
        System.Numerics.Complex => GoKind.Complex128,
        IGoObject obj => obj.Type.Kind,
        IDictionary => GoKind.Map,
        IList => GoKind.Slice,
        GoFunction => GoKind.Func,
        _ => GoKind.Struct,
    };

    /// <summary>The Go type of a function value as reflect prints it, e.g. <c>func(string, ...interface {}) (string, error)</c>.</summary>
    private static GoType FunctionType(GoFunction function)
    {
        var name = new System.Text.StringBuilder("func(");
        for (int i = 0; i < function.Parameters.Count; i++)
        {
            if (i > 0) name.Append(", ");
            if (function.IsVariadic && i == function.Parameters.Count - 1) name.Append("...");
            name.Append(function.Parameters[i].Name);
        }
        name.Append(')');
        if (function.ReturnsError) name.Append(" (").Append(function.Result.Name).Append(", error)");
        else name.Append(' ').Append(function.Result.Name);
        return GoType.Named(name.ToString(), GoKind.Func);
    }

    internal static readonly GoType Uint16 = GoType.Named("uint16", GoKind.Uint);
    internal static readonly GoType InterfaceSlice = GoType.SliceOf(GoType.Interface);
    internal static readonly GoType InterfaceMap = GoType.MapOf(GoType.Interface);
    internal static readonly GoType StringSlice = GoType.SliceOf(GoType.String);
    internal static readonly GoType ByteSlice = GoType.SliceOf(GoType.Uint8);

    /// <summary>The Go type of a CLR type used as a value type (slice elements, map values).</summary>
    internal static GoType OfClrType(Type type)
    {
        if (type == typeof(object)) return GoType.Interface;
        if (type == typeof(string)) return GoType.String;
        if (type == typeof(bool)) return GoType.Bool;
        if (type == typeof(nint)) return GoType.Int;
        if (type == typeof(long)) return GoType.Int64;
        if (type == typeof(double)) return GoType.Float64;
        if (type == typeof(int)) return GoType.Int32;
        if (type == typeof(short)) return GoType.Int16;
        if (type == typeof(sbyte)) return GoType.Int8;
        if (type == typeof(nuint)) return GoType.Uint;
        if (type == typeof(ulong)) return GoType.Uint64;
        if (type == typeof(uint)) return GoType.Uint32;
        if (type == typeof(ushort)) return Uint16;
        if (type == typeof(byte)) return GoType.Uint8;
        if (type == typeof(float)) return GoType.Float32;
        if (type.IsArray) return GoType.SliceOf(OfClrType(type.GetElementType()!));
        if (type.IsGenericType)
        {
            var definition = type.GetGenericTypeDefinition();
            var arguments = type.GetGenericArguments();
            if (definition == typeof(List<>)) return GoType.SliceOf(OfClrType(arguments[0]));
            if (definition == typeof(Dictionary<,>) && arguments[0] == typeof(string)) return GoType.MapOf(OfClrType(arguments[1]));
            if (definition == typeof(Dictionary<,>))
            {
                var value = OfClrType(arguments[1]);
                return GoType.Named("map[" + OfClrType(arguments[0]).Name + "]" + value.Name, GoKind.Map);
            }
        }
        return GoType.Named(type.Name);
    }
}
