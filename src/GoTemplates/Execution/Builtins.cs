using System.Collections;
using System.Collections.Frozen;
using System.Text;
using GoTemplates.Runtime;

namespace GoTemplates.Execution;

/// <summary>Go's predefined template functions (funcs.go builtins) with their Go signatures and error messages.</summary>
internal static class Builtins
{
    private static readonly GoType RV = Values.ReflectValue;

    private static readonly FrozenDictionary<string, GoFunction> Functions = new Dictionary<string, GoFunction>
    {
        ["and"] = Declare("and", [RV, RV], true, RV, false),
        ["or"] = Declare("or", [RV, RV], true, RV, false),
        ["not"] = Declare("not", [RV], false, GoType.Bool, false),
        ["call"] = Declare("call", [RV, RV], true, RV, true),
        ["html"] = Declare("html", [GoType.Interface], true, GoType.String, false),
        ["js"] = Declare("js", [GoType.Interface], true, GoType.String, false),
        ["urlquery"] = Declare("urlquery", [GoType.Interface], true, GoType.String, false),
        ["print"] = Declare("print", [GoType.Interface], true, GoType.String, false),
        ["println"] = Declare("println", [GoType.Interface], true, GoType.String, false),
        ["printf"] = Declare("printf", [GoType.String, GoType.Interface], true, GoType.String, false),
        ["index"] = Declare("index", [RV, RV], true, RV, true),
        ["slice"] = Declare("slice", [RV, RV], true, RV, true),
        ["len"] = Declare("len", [RV], false, GoType.Int, true),
        ["eq"] = Declare("eq", [RV, RV], true, GoType.Bool, true),
        ["ne"] = Declare("ne", [RV, RV], false, GoType.Bool, true),
        ["lt"] = Declare("lt", [RV, RV], false, GoType.Bool, true),
        ["le"] = Declare("le", [RV, RV], false, GoType.Bool, true),
        ["gt"] = Declare("gt", [RV, RV], false, GoType.Bool, true),
        ["ge"] = Declare("ge", [RV, RV], false, GoType.Bool, true),
    }.ToFrozenDictionary(StringComparer.Ordinal);

    // The evaluator dispatches builtins by name (Invoke below); the delegate only guards misuse outside it.
    private static GoFunction Declare(string name, GoType[] parameters, bool variadic, GoType result, bool returnsError) =>
        new(name, parameters, variadic, result, returnsError, _ => throw new GoPanicException("builtin " + name + " called outside the evaluator"));

    public static bool TryGet(string name, out GoFunction function) => Functions.TryGetValue(name, out function!);

    public static bool Contains(string name) => Functions.ContainsKey(name);

    public static object? Invoke(Executor executor, string name, object?[] args) => name switch
    {
        "not" => !Values.Truth(Values.IndirectInterface(args[0])),
        "call" => executor.CallFunctionValue(args[0], args[1..]),
        "html" => Escaping.Html(EvalArgs(args)),
        "js" => Escaping.JavaScript(EvalArgs(args)),
        "urlquery" => Escaping.QueryEscape(EvalArgs(args)),
        "print" => GoFmt.Sprint(args),
        "println" => GoFmt.Sprintln(args),
        "printf" => GoFmt.Sprintf((string)args[0]!, args[1..]),
        "index" => Index(args[0], args[1..]),
        "slice" => Slice(args[0], args[1..]),
        "len" => Length(args[0]),
        "eq" => Comparison.Eq(args[0], args[1..]),
        "ne" => !Comparison.Eq(args[0], [args[1]]),
        "lt" => Comparison.Lt(args[0], args[1]),
        "le" => Comparison.Le(args[0], args[1]),
        "gt" => !Comparison.Le(args[0], args[1]),
        "ge" => !Comparison.Lt(args[0], args[1]),
        _ => throw new GoPanicException("unknown builtin " + name),
    };

    /// <summary>Go's evalArgs for html/js/urlquery: one string as is, otherwise Sprint with nil shown as &lt;no value&gt;.</summary>
    private static string EvalArgs(object?[] args)
    {
        if (args.Length == 1 && args[0] is string s) return s;
        var printable = new object?[args.Length];
        for (int i = 0; i < args.Length; i++) printable[i] = args[i] ?? "<no value>";
        return GoFmt.Sprint(printable);
    }

    private static object? Index(object? item, object?[] indexes)
    {
        item = Values.IndirectInterface(item);
        if (item is NoValue) throw new GoFunctionException("index of untyped nil");
        foreach (var rawIndex in indexes)
        {
            var index = Values.IndirectInterface(rawIndex);
            if (item is null) throw new GoFunctionException("index of nil pointer");
            switch (item)
            {
                case string s:
                {
                    var bytes = Encoding.UTF8.GetBytes(s);
                    int x = IndexArg(index, bytes.Length);
                    if (x == bytes.Length) throw new GoPanicException("reflect: string index out of range");
                    item = bytes[x];
                    break;
                }
                case IList list:
                {
                    int x = IndexArg(index, list.Count);
                    if (x == list.Count) throw new GoPanicException("reflect: slice index out of range");
                    item = list[x];
                    break;
                }
                case IDictionary map:
                {
                    var key = PrepareKey(index, map);
                    item = map.Contains(key) ? map[key] : Values.ZeroOfElement(map);
                    break;
                }
                case IGoObject obj when obj.Type.Kind == GoKind.Map:
                {
                    if (index is not string key) throw new GoFunctionException(index is NoValue ? "value is nil; should be of type string" : "value has type " + GoTypes.NameOf(index) + "; should be string");
                    item = obj.TryGetField(key, out var value) ? value : null;
                    break;
                }
                default:
                    throw new GoFunctionException("can't index item of type " + GoTypes.NameOf(item));
            }
        }
        return item;
    }

    private static object PrepareKey(object? index, IDictionary map)
    {
        var keyType = map.GetType().IsGenericType ? map.GetType().GetGenericArguments()[0] : typeof(object);
        var goKeyType = GoTypes.OfClrType(keyType);
        if (index is NoValue) throw new GoFunctionException("value is nil; should be of type " + goKeyType);
        if (index is not null && keyType.IsInstanceOfType(index)) return index;
        if (index is not null && Values.IsIntLike(GoTypes.KindOf(index)) && Values.IsIntLike(goKeyType.Kind))
            return Convert.ChangeType(index, keyType, System.Globalization.CultureInfo.InvariantCulture);
        throw new GoFunctionException("value has type " + GoTypes.NameOf(index) + "; should be " + goKeyType);
    }

    /// <summary>Go's indexArg: an integer index in [0, cap].</summary>
    private static int IndexArg(object? index, int cap)
    {
        long x;
        if (Values.TryGetInt(index, out long signed)) x = signed;
        else if (Values.TryGetUint(index, out ulong unsigned)) x = unchecked((long)unsigned);
        else if (index is NoValue) throw new GoFunctionException("cannot index slice/array with nil");
        else throw new GoFunctionException("cannot index slice/array with type " + GoTypes.NameOf(index));
        if (x < 0 || x > cap) throw new GoFunctionException("index out of range: " + x);
        return (int)x;
    }

    private static object? Slice(object? item, object?[] indexes)
    {
        item = Values.IndirectInterface(item);
        if (item is NoValue) throw new GoFunctionException("slice of untyped nil");
        if (indexes.Length > 3) throw new GoFunctionException("too many slice indexes: " + indexes.Length);
        int cap;
        byte[]? bytes = null;
        switch (item)
        {
            case string s:
                if (indexes.Length == 3) throw new GoFunctionException("cannot 3-index slice a string");
                bytes = Encoding.UTF8.GetBytes(s);
                cap = bytes.Length;
                break;
            case IList list:
                cap = list.Count;
                break;
            default:
                throw new GoFunctionException("can't slice item of type " + GoTypes.NameOf(item));
        }
        int[] idx = [0, cap, 0];
        for (int i = 0; i < indexes.Length; i++) idx[i] = IndexArg(Values.IndirectInterface(indexes[i]), cap);
        if (idx[0] > idx[1]) throw new GoFunctionException("invalid slice index: " + idx[0] + " > " + idx[1]);
        if (indexes.Length == 3 && idx[1] > idx[2]) throw new GoFunctionException("invalid slice index: " + idx[1] + " > " + idx[2]);
        if (bytes is not null) return Encoding.UTF8.GetString(bytes, idx[0], idx[1] - idx[0]);
        return SubList((IList)item, idx[0], idx[1]);
    }

    private static object SubList(IList list, int start, int end)
    {
        switch (list)
        {
            case List<object?> objects: return objects.GetRange(start, end - start);
            case List<string> strings: return strings.GetRange(start, end - start);
            case byte[] bytes: return bytes[start..end];
            case Array array:
            {
                var copy = Array.CreateInstance(array.GetType().GetElementType()!, end - start);
                Array.Copy(array, start, copy, 0, end - start);
                return copy;
            }
        }
        var result = (IList)Activator.CreateInstance(list.GetType())!;
        for (int i = start; i < end; i++) result.Add(list[i]);
        return result;
    }

    private static nint Length(object? item)
    {
        switch (item)
        {
            case null: throw new GoFunctionException("len of nil pointer");
            case NoValue: throw new GoPanicException("reflect: call of reflect.Value.Type on zero Value");
            case string s: return Encoding.UTF8.GetByteCount(s);
            case ICollection collection: return collection.Count;
            case IGoObject obj when obj.Type.Kind == GoKind.Map && obj is ICollection mapLike: return mapLike.Count;
            default: throw new GoFunctionException("len of type " + GoTypes.NameOf(item));
        }
    }
}
