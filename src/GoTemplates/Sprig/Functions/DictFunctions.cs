using System.Collections;
using GoTemplates.Runtime;
using GoTemplates.Sprig.Support;
using static GoTemplates.Sprig.Support.SprigTypes;

namespace GoTemplates.Sprig.Functions;

/// <summary>Sprig's dict.go. Go ranges maps in random order; keys and values come out sorted by key here.</summary>
internal static class DictFunctions
{
    public static void Register(FunctionTable t)
    {
        t.Add("get", Of(Map, Str), Any, a => Dict(a[0]).TryGetValue((string)a[1]!, out var v) ? v : "");
        t.Add("set", Of(Map, Str, Any), Map, a => Set(a[0], (string)a[1]!, a[2]));
        t.Add("unset", Of(Map, Str), Map, a => Unset(a[0], (string)a[1]!));
        t.Add("hasKey", Of(Map, Str), Bool, a => Dict(a[0]).ContainsKey((string)a[1]!));
        t.AddVariadic("pluck", Of(Str, Map), AnyList, a => a[1..].Select(Dict).Where(d => d.ContainsKey((string)a[0]!)).Select(d => d[(string)a[0]!]).ToList());
        t.AddVariadic("keys", Of(Map), StringList, a => a.SelectMany(d => SortedKeys(Dict(d))).ToList());
        t.AddVariadic("pick", Of(Map, Str), Map, a => Pick(Dict(a[0]), a[1..].Cast<string>()));
        t.AddVariadic("omit", Of(Map, Str), Map, a => Omit(Dict(a[0]), a[1..].Cast<string>().ToHashSet(StringComparer.Ordinal)));
        t.AddVariadic("dict", Of(Any), Map, a => MakeDict(a));
        t.AddVariadic("merge", Of(Map, Map), Any, a => Merge(a, overwrite: false) ?? "");
        t.AddVariadic("mustMerge", Of(Map, Map), Any, a => Merge(a, overwrite: false), returnsError: true);
        t.AddVariadic("mergeOverwrite", Of(Map, Map), Any, a => Merge(a, overwrite: true) ?? "");
        t.AddVariadic("mustMergeOverwrite", Of(Map, Map), Any, a => Merge(a, overwrite: true), returnsError: true);
        t.Add("values", Of(Map), AnyList, a => SortedKeys(Dict(a[0])).Select(k => Dict(a[0])[k]).ToList());
        t.AddVariadic("dig", Of(Any), Any, Dig, returnsError: true);
    }

    /// <summary>A nil map argument reads as empty, as in Go.</summary>
    private static Dictionary<string, object?> Dict(object? value) => value as Dictionary<string, object?> ?? [];

    private static List<string> SortedKeys(Dictionary<string, object?> map) => map.Keys.OrderBy(k => k, GoStringComparer.Instance).ToList();

    private static Dictionary<string, object?> Set(object? map, string key, object? value)
    {
        var dict = map as Dictionary<string, object?> ?? throw new GoPanicException("assignment to entry in nil map");
        dict[key] = value;
        return dict;
    }

    private static object? Unset(object? map, string key)
    {
        if (map is Dictionary<string, object?> dict) dict.Remove(key);
        return map;
    }

    private static Dictionary<string, object?> Pick(Dictionary<string, object?> dict, IEnumerable<string> keys)
    {
        var result = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var key in keys)
        {
            if (dict.TryGetValue(key, out var value)) result[key] = value;
        }
        return result;
    }

    private static Dictionary<string, object?> Omit(Dictionary<string, object?> dict, HashSet<string> omit)
    {
        var result = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var (key, value) in dict)
        {
            if (!omit.Contains(key)) result[key] = value;
        }
        return result;
    }

    private static Dictionary<string, object?> MakeDict(object?[] args)
    {
        var result = new Dictionary<string, object?>(StringComparer.Ordinal);
        for (var i = 0; i < args.Length; i += 2)
        {
            var key = Cast.StrVal(args[i]);
            result[key] = i + 1 < args.Length ? args[i + 1] : "";
        }
        return result;
    }

    /// <summary>mergo.Merge / MergeWithOverwrite of every source into the first map, which is returned.</summary>
    private static object? Merge(object?[] args, bool overwrite)
    {
        var destination = args[0] as Dictionary<string, object?>;
        foreach (var source in args[1..])
        {
            if (source is not Dictionary<string, object?> src) continue;
            destination ??= new Dictionary<string, object?>(StringComparer.Ordinal);
            Mergo.MergeMap(destination, src, overwrite);
        }
        return destination;
    }

    private static object? Dig(object?[] args)
    {
        if (args.Length < 3) throw new GoPanicException("dig needs at least three arguments");
        var dict = AssertMap(args[^1]);
        var fallback = args[^2];
        var keys = args[..^2].Select(k => k as string ?? throw InterfaceConversion(k, "string")).ToList();
        for (var i = 0; ; i++)
        {
            if (!dict.TryGetValue(keys[i], out var step)) return fallback;
            if (i == keys.Count - 1) return step;
            dict = AssertMap(step);
        }
    }

    private static Dictionary<string, object?> AssertMap(object? value) =>
        value as Dictionary<string, object?> ?? throw InterfaceConversion(value, "map[string]interface {}");

    private static GoPanicException InterfaceConversion(object? value, string target) =>
        new($"interface conversion: interface {{}} is {(value is null ? "nil" : GoValues.TypeName(value))}, not {target}");
}

/// <summary>
/// imdario/mergo 0.3.12's deepMerge for map[string]interface{} (what Sprig's merge functions call),
/// quirks included: a map never replaces a non-empty scalar, a slice does under overwrite, and
/// overwrite copies empty and nil source values too.
/// </summary>
internal static class Mergo
{
    public static void MergeMap(IDictionary destination, IDictionary source, bool overwrite)
    {
        foreach (DictionaryEntry entry in source)
        {
            var key = entry.Key;
            var srcElement = entry.Value;
            var dstExists = destination.Contains(key);
            var dstElement = dstExists ? destination[key] : null;
            if (srcElement is null)
            {
                if (overwrite) destination[key] = null;
                continue;
            }
            var srcIsMap = srcElement is IDictionary;
            var srcIsSlice = srcElement is IList && srcElement is not string;
            if (srcIsMap)
            {
                if (dstElement is IDictionary dstMap) MergeMap(dstMap, (IDictionary)srcElement, overwrite);
            }
            else if (srcIsSlice)
            {
                // mergo tests emptiness of the maps here, not of the elements.
                var replace = overwrite || destination.Count == 0;
                destination[key] = replace ? srcElement : dstExists && dstElement is not null ? dstElement : EmptyLike(srcElement);
            }
            if (dstExists && !GoValues.IsEmpty(dstElement) && (srcIsMap || srcIsSlice)) continue;
            if (overwrite || !dstExists || GoValues.IsEmpty(dstElement)) destination[key] = srcElement;
        }
    }

    private static object EmptyLike(object slice) => Activator.CreateInstance(slice.GetType(), 0)!;
}
