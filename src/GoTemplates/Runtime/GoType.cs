namespace GoTemplates.Runtime;

/// <summary>
/// A Go type as far as templates can observe it: the parameter and result types of template
/// functions, and what <c>printf "%T"</c> / Sprig's <c>typeOf</c> print.
/// </summary>
/// <remarks>
/// Values cross into .NET with CLR types chosen so that every Go kind keeps its own CLR type:
/// <list type="bullet">
/// <item>nil → <c>null</c>; bool → <see cref="bool"/>; string → <see cref="string"/></item>
/// <item>int → <see cref="nint"/> (64-bit here, like Go's int); int64 → <see cref="long"/>; int32/rune → <see cref="int"/>;
/// int16 → <see cref="short"/>; int8 → <see cref="sbyte"/>; uint → <see cref="nuint"/>; uint64 → <see cref="ulong"/>;
/// uint32 → <see cref="uint"/>; uint8/byte → <see cref="byte"/>; float64 → <see cref="double"/>; float32 → <see cref="float"/></item>
/// <item>[]interface{} → <c>List&lt;object?&gt;</c>; []string → <c>List&lt;string&gt;</c>; []int → <c>List&lt;nint&gt;</c>; []byte → <c>byte[]</c></item>
/// <item>map[string]interface{} → <c>Dictionary&lt;string, object?&gt;</c> (ordinal keys; Go prints and ranges them sorted);
/// map[string]string → <c>Dictionary&lt;string, string&gt;</c></item>
/// <item>structs and named types (Helm's .Release, .Files, chartutil.Values ...) → <see cref="IGoObject"/></item>
/// </list>
/// </remarks>
public sealed class GoType : IEquatable<GoType>
{
    private GoType(GoKind kind, string name, GoType? element = null)
    {
        Kind = kind;
        Name = name;
        Element = element;
    }

    public GoKind Kind { get; }

    /// <summary>The type as Go's <c>%T</c> prints it, e.g. <c>[]interface {}</c>.</summary>
    public string Name { get; }

    /// <summary>Element type of a slice or value type of a map.</summary>
    public GoType? Element { get; }

    public static readonly GoType Interface = new(GoKind.Interface, "interface {}");
    public static readonly GoType Bool = new(GoKind.Bool, "bool");
    public static readonly GoType String = new(GoKind.String, "string");
    public static readonly GoType Int = new(GoKind.Int, "int");
    public static readonly GoType Int64 = new(GoKind.Int64, "int64");
    public static readonly GoType Int32 = new(GoKind.Int32, "int32");
    public static readonly GoType Int16 = new(GoKind.Int16, "int16");
    public static readonly GoType Int8 = new(GoKind.Int8, "int8");
    public static readonly GoType Uint = new(GoKind.Uint, "uint");
    public static readonly GoType Uint64 = new(GoKind.Uint64, "uint64");
    public static readonly GoType Uint32 = new(GoKind.Uint32, "uint32");
    public static readonly GoType Uint8 = new(GoKind.Uint8, "uint8");
    public static readonly GoType Float64 = new(GoKind.Float64, "float64");
    public static readonly GoType Float32 = new(GoKind.Float32, "float32");
    public static readonly GoType Error = new(GoKind.Interface, "error");
    public static readonly GoType Complex128 = new(GoKind.Complex128, "complex128");

    public static GoType SliceOf(GoType element) => new(GoKind.Slice, "[]" + element.Name, element);

    public static GoType MapOf(GoType value) => new(GoKind.Map, "map[string]" + value.Name, value);

    /// <summary>A named struct or other type that templates treat opaquely (e.g. <c>chartutil.Values</c>).</summary>
    public static GoType Named(string name, GoKind kind = GoKind.Struct) => new(kind, name);

    public bool Equals(GoType? other) => other is not null && other.Kind == Kind && other.Name == Name;

    public override bool Equals(object? obj) => Equals(obj as GoType);

    public override int GetHashCode() => HashCode.Combine(Kind, Name);

    public override string ToString() => Name;
}

/// <summary>Go's reflect.Kind, restricted to what templates meet.</summary>
public enum GoKind
{
    Invalid,
    Interface,
    Bool,
    String,
    Int,
    Int64,
    Int32,
    Int16,
    Int8,
    Uint,
    Uint64,
    Uint32,
    Uint8,
    Float64,
    Float32,
    Slice,
    Map,
    Struct,
    Pointer,
    Func,
    Complex128,
}
