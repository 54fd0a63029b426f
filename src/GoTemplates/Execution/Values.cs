using System.Collections;
using System.Numerics;
using GoTemplates.Runtime;

namespace GoTemplates.Execution;

/// <summary>Go's reflection-level rules over the CLR value representation: truth, nil-ability, assignability, zero values.</summary>
internal static class Values
{
    /// <summary>The parameter type of builtins that take reflect.Value: arguments arrive unconverted (no value and nil included).</summary>
    public static readonly GoType ReflectValue = GoType.Named("reflect.Value");

    public static bool IsMissing(object? value) => ReferenceEquals(value, NoValue.Instance);

    /// <summary>Go's indirectInterface: a nil interface becomes no value.</summary>
    public static object? IndirectInterface(object? value) => value ?? NoValue.Instance;

    /// <summary>Go's isTrue: (truth, ok).</summary>
    public static (bool Truth, bool Ok) IsTrue(object? value)
    {
        switch (value)
        {
            case null: return (false, true);
            case NoValue: return (false, true);
            case bool b: return (b, true);
            case string s: return (s.Length > 0, true);
            case nint n: return (n != 0, true);
            case long n: return (n != 0, true);
            case int n: return (n != 0, true);
            case short n: return (n != 0, true);
            case sbyte n: return (n != 0, true);
            case nuint n: return (n != 0, true);
            case ulong n: return (n != 0, true);
            case uint n: return (n != 0, true);
            case ushort n: return (n != 0, true);
            case byte n: return (n != 0, true);
            case double d: return (d != 0, true);
            case float f: return (f != 0, true);
            case Complex c: return (c != Complex.Zero, true);
            case IGoObject obj when obj.Type.Kind == GoKind.Map && obj is ICollection mapLike: return (mapLike.Count > 0, true);
            case IGoObject: return (true, true);
            case ICollection collection: return (collection.Count > 0, true);
            default: return (true, true);
        }
    }

    public static bool Truth(object? value) => IsTrue(value).Truth;

    /// <summary>Go's canBeNil for a parameter type.</summary>
    public static bool CanBeNil(GoType type) =>
        ReferenceEquals(type, ReflectValue) || type.Kind is GoKind.Interface or GoKind.Map or GoKind.Slice or GoKind.Pointer or GoKind.Func;

    /// <summary>The zero value a nil-able parameter gets for "no value".</summary>
    public static object? ZeroOf(GoType type) => ReferenceEquals(type, ReflectValue) ? NoValue.Instance : null;

    /// <summary>Whether a (non-missing) value may be passed as a parameter of <paramref name="type"/> without conversion.</summary>
    public static bool IsAssignable(object? value, GoType type)
    {
        if (type.Kind == GoKind.Interface) return type.Name == "interface {}" || value is Exception;
        if (value is null) return false;
        var actual = GoTypes.TypeOf(value)!;
        if (actual.Equals(type)) return true;
        // A named map or slice type (chartutil.Values) is assignable to its unnamed underlying type.
        if (value is IGoNamedType && (type.Kind is GoKind.Map or GoKind.Slice))
            return GoTypes.OfClrType(value.GetType()).Name == type.Name;
        return false;
    }

    /// <summary>The zero value of a map's element type, for missingkey=zero.</summary>
    public static object? ZeroOfElement(IDictionary map)
    {
        if (map is Dictionary<string, object?>) return null;
        var type = map.GetType();
        if (!type.IsGenericType) return null;
        var element = type.GetGenericArguments()[1];
        if (element == typeof(string)) return "";
        if (element.IsValueType) return Activator.CreateInstance(element);
        return null;
    }

    /// <summary>Go's ideal-constant conversion check helpers.</summary>
    public static bool IsHexInt(string s) =>
        s.Length > 2 && s[0] == '0' && (s[1] == 'x' || s[1] == 'X') && s.IndexOfAny(['p', 'P']) < 0;

    public static bool IsRuneInt(string s) => s.Length > 0 && s[0] == '\'';

    /// <summary>Converts a non-missing integer of any CLR integer type to long (false for other kinds).</summary>
    public static bool TryGetInt(object? value, out long result)
    {
        switch (value)
        {
            case nint n: result = n; return true;
            case long n: result = n; return true;
            case int n: result = n; return true;
            case short n: result = n; return true;
            case sbyte n: result = n; return true;
            default: result = 0; return false;
        }
    }

    public static bool TryGetUint(object? value, out ulong result)
    {
        switch (value)
        {
            case nuint n: result = n; return true;
            case ulong n: result = n; return true;
            case uint n: result = n; return true;
            case ushort n: result = n; return true;
            case byte n: result = n; return true;
            default: result = 0; return false;
        }
    }

    /// <summary>Converts a long to the CLR representation of an integer parameter type (Go's reflect SetInt wraps silently).</summary>
    public static object ConvertInt(long value, GoType type) => type.Kind switch
    {
        GoKind.Int => (object)(nint)value,
        GoKind.Int64 => (object)value,
        GoKind.Int32 => (object)unchecked((int)value),
        GoKind.Int16 => (object)unchecked((short)value),
        GoKind.Int8 => (object)unchecked((sbyte)value),
        _ => (object)(nint)value,
    };

    public static object ConvertUint(ulong value, GoType type) => type.Kind switch
    {
        GoKind.Uint => (object)(nuint)value,
        GoKind.Uint64 => (object)value,
        GoKind.Uint32 => (object)unchecked((uint)value),
        GoKind.Uint8 => (object)unchecked((byte)value),
        _ => type.Name == "uint16" ? (object)unchecked((ushort)value) : (object)(nuint)value,
    };

    /// <summary>Whether a kind is one of Go's integer kinds (for call's int-like conversions).</summary>
    public static bool IsIntLike(GoKind kind) =>
        kind is GoKind.Int or GoKind.Int64 or GoKind.Int32 or GoKind.Int16 or GoKind.Int8
            or GoKind.Uint or GoKind.Uint64 or GoKind.Uint32 or GoKind.Uint8;
}
