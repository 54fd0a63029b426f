using System.Collections;
using System.Numerics;
using GoTemplates.Runtime;

namespace GoTemplates.Execution;

/// <summary>Go's eq/lt/le over basic kinds, with its errors for incompatible or non-comparable operands.</summary>
internal static class Comparison
{
    private enum BasicKind { Invalid, Bool, Int, Uint, Float, Complex, String }

    private static BasicKind KindOf(object? value) => value switch
    {
        bool => BasicKind.Bool,
        nint or long or int or short or sbyte => BasicKind.Int,
        nuint or ulong or uint or ushort or byte => BasicKind.Uint,
        double or float => BasicKind.Float,
        Complex => BasicKind.Complex,
        string => BasicKind.String,
        _ => BasicKind.Invalid,
    };

    private static long Int(object? v) => Values.TryGetInt(v, out long x) ? x : 0;

    private static ulong Uint(object? v) => Values.TryGetUint(v, out ulong x) ? x : 0;

    private static double Float(object? v) => v is float f ? f : (double)v!;

    public static bool Eq(object? arg1, object?[] arg2)
    {
        arg1 = Values.IndirectInterface(arg1);
        if (arg2.Length == 0) throw new GoFunctionException("missing argument for comparison");
        var k1 = KindOf(arg1);
        foreach (var raw in arg2)
        {
            var arg = Values.IndirectInterface(raw);
            var k2 = KindOf(arg);
            bool truth = false;
            if (k1 != k2)
            {
                if (k1 == BasicKind.Int && k2 == BasicKind.Uint) truth = Int(arg1) >= 0 && (ulong)Int(arg1) == Uint(arg);
                else if (k1 == BasicKind.Uint && k2 == BasicKind.Int) truth = Int(arg) >= 0 && Uint(arg1) == (ulong)Int(arg);
                else if (arg1 is not NoValue && arg is not NoValue) throw new GoFunctionException("incompatible types for comparison");
            }
            else
            {
                switch (k1)
                {
                    case BasicKind.Bool: truth = (bool)arg1! == (bool)arg!; break;
                    case BasicKind.Complex: truth = (Complex)arg1! == (Complex)arg!; break;
                    case BasicKind.Float: truth = Float(arg1) == Float(arg); break;
                    case BasicKind.Int: truth = Int(arg1) == Int(arg); break;
                    case BasicKind.String: truth = string.Equals((string)arg1!, (string)arg!, StringComparison.Ordinal); break;
                    case BasicKind.Uint: truth = Uint(arg1) == Uint(arg); break;
                    default:
                        if (!CanCompare(arg1, arg))
                            throw new GoFunctionException(GoFmt.Sprintf("non-comparable types %s: %v, %s: %v", arg1, GoTypes.NameOf(arg1), GoTypes.NameOf(arg), arg));
                        if (arg1 is NoValue || arg is NoValue)
                        {
                            truth = arg is NoValue == arg1 is NoValue;
                        }
                        else
                        {
                            if (arg is IDictionary or IList or GoFunction)
                                throw new GoFunctionException(GoFmt.Sprintf("non-comparable type %s: %v", arg, GoTypes.NameOf(arg)));
                            truth = Equals(arg1, arg);
                        }
                        break;
                }
            }
            if (truth) return true;
        }
        return false;
    }

    /// <summary>Go's canCompare: same reflect kind, or one side is nil.</summary>
    private static bool CanCompare(object? a, object? b)
    {
        if (a is NoValue || b is NoValue) return true;
        return GoTypes.KindOf(a) == GoTypes.KindOf(b) || (a is IDictionary && b is IDictionary) || (a is IList && b is IList);
    }

    public static bool Lt(object? arg1, object? arg2)
    {
        arg1 = Values.IndirectInterface(arg1);
        var k1 = KindOf(arg1);
        if (k1 == BasicKind.Invalid) throw new GoFunctionException("invalid type for comparison");
        arg2 = Values.IndirectInterface(arg2);
        var k2 = KindOf(arg2);
        if (k2 == BasicKind.Invalid) throw new GoFunctionException("invalid type for comparison");
        if (k1 != k2)
        {
            if (k1 == BasicKind.Int && k2 == BasicKind.Uint) return Int(arg1) < 0 || (ulong)Int(arg1) < Uint(arg2);
            if (k1 == BasicKind.Uint && k2 == BasicKind.Int) return Int(arg2) >= 0 && Uint(arg1) < (ulong)Int(arg2);
            throw new GoFunctionException("incompatible types for comparison");
        }
        return k1 switch
        {
            BasicKind.Bool or BasicKind.Complex => throw new GoFunctionException("invalid type for comparison"),
            BasicKind.Float => Float(arg1) < Float(arg2),
            BasicKind.Int => Int(arg1) < Int(arg2),
            BasicKind.String => string.CompareOrdinal((string)arg1!, (string)arg2!) < 0,
            _ => Uint(arg1) < Uint(arg2),
        };
    }

    public static bool Le(object? arg1, object? arg2)
    {
        if (Lt(arg1, arg2)) return true;
        return Eq(arg1, [arg2]);
    }
}
