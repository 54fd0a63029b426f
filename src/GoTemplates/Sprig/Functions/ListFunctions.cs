using System.Collections;
using GoTemplates.Runtime;
using GoTemplates.Sprig.Support;
using static GoTemplates.Sprig.Support.SprigTypes;

namespace GoTemplates.Sprig.Functions;

/// <summary>
/// Sprig's list.go. Every function accepts any slice through reflection and returns []interface{};
/// the non-must variants panic where the must variants return an error.
/// </summary>
internal static class ListFunctions
{
    public static void Register(FunctionTable t)
    {
        t.AddVariadic("list", Of(Any), AnyList, a => a.ToList());
        t.Alias("tuple", "list");
        AddPair(t, "push", "mustPush", Of(Any, Any), AnyList, a => Push(a[0], a[1]));
        t.Alias("append", "push");
        t.Alias("mustAppend", "mustPush");
        AddPair(t, "prepend", "mustPrepend", Of(Any, Any), AnyList, a => Prepend(a[0], a[1]));
        AddPair(t, "first", "mustFirst", Of(Any), Any, a => First(a[0]));
        AddPair(t, "rest", "mustRest", Of(Any), AnyList, a => Rest(a[0]));
        AddPair(t, "last", "mustLast", Of(Any), Any, a => Last(a[0]));
        AddPair(t, "initial", "mustInitial", Of(Any), AnyList, a => Initial(a[0]));
        AddPair(t, "reverse", "mustReverse", Of(Any), AnyList, a => Reverse(a[0]));
        AddPair(t, "compact", "mustCompact", Of(Any), AnyList, a => Compact(a[0]));
        AddPair(t, "uniq", "mustUniq", Of(Any), AnyList, a => Uniq(a[0]));
        AddVariadicPair(t, "without", "mustWithout", Of(Any, Any), AnyList, a => Without(a[0], a[1..]));
        AddPair(t, "has", "mustHas", Of(Any, Any), Bool, a => Has(a[0], a[1]));
        AddVariadicPair(t, "slice", "mustSlice", Of(Any, Any), Any, a => Slice(a[0], a[1..]));
        AddPair(t, "chunk", "mustChunk", Of(Int, Any), AnyListList, a => Chunk((nint)a[0]!, a[1]));
        t.AddVariadic("concat", Of(Any), Any, a => Concat(a));
    }

    /// <summary>Registers NAME (which panics with the error) and mustNAME (which returns it).</summary>
    private static void AddPair(FunctionTable t, string name, string mustName, GoType[] parameters, GoType result, Func<object?[], object?> invoke)
    {
        t.Add(name, parameters, result, a => PanicOnError(invoke, a));
        t.AddWithError(mustName, parameters, result, invoke);
    }

    private static void AddVariadicPair(FunctionTable t, string name, string mustName, GoType[] parameters, GoType result, Func<object?[], object?> invoke)
    {
        t.AddVariadic(name, parameters, result, a => PanicOnError(invoke, a));
        t.AddVariadic(mustName, parameters, result, invoke, returnsError: true);
    }

    private static object? PanicOnError(Func<object?[], object?> invoke, object?[] args)
    {
        try
        {
            return invoke(args);
        }
        catch (GoFunctionException e)
        {
            throw new GoPanicException(e.Message);
        }
    }

    /// <summary>The elements of a slice argument, or Sprig's "Cannot ... on type K" error.</summary>
    private static List<object?> Items(object? list, string errorFormat)
    {
        var items = GoValues.SliceItems(list);
        if (items is not null) return items;
        throw new GoFunctionException(string.Format(errorFormat, KindOf(list)));
    }

    /// <summary><c>reflect.TypeOf(list).Kind()</c>, which dereferences a nil Type when the argument is nil.</summary>
    internal static string KindOf(object? value) =>
        value is null ? throw new GoPanicException("runtime error: invalid memory address or nil pointer dereference") : GoValues.KindName(value);

    private static List<object?> Push(object? list, object? value)
    {
        var items = Items(list, "Cannot push on type {0}");
        items.Add(value);
        return items;
    }

    private static List<object?> Prepend(object? list, object? value)
    {
        var items = Items(list, "Cannot prepend on type {0}");
        items.Insert(0, value);
        return items;
    }

    private static object? First(object? list)
    {
        var items = Items(list, "Cannot find first on type {0}");
        return items.Count == 0 ? null : items[0];
    }

    private static List<object?> Rest(object? list)
    {
        var items = Items(list, "Cannot find rest on type {0}");
        return items.Count == 0 ? [] : items[1..];
    }

    private static object? Last(object? list)
    {
        var items = Items(list, "Cannot find last on type {0}");
        return items.Count == 0 ? null : items[^1];
    }

    private static List<object?> Initial(object? list)
    {
        var items = Items(list, "Cannot find initial on type {0}");
        return items.Count == 0 ? [] : items[..^1];
    }

    private static List<object?> Reverse(object? list)
    {
        var items = Items(list, "Cannot find reverse on type {0}");
        items.Reverse();
        return items;
    }

    private static List<object?> Compact(object? list) =>
        Items(list, "Cannot compact on type {0}").Where(v => !GoValues.IsEmpty(v)).ToList();

    private static List<object?> Uniq(object? list)
    {
        var result = new List<object?>();
        foreach (var item in Items(list, "Cannot find uniq on type {0}"))
        {
            if (!result.Any(r => GoValues.DeepEqual(item, r))) result.Add(item);
        }
        return result;
    }

    private static List<object?> Without(object? list, object?[] omit) =>
        Items(list, "Cannot find without on type {0}").Where(item => !omit.Any(o => GoValues.DeepEqual(item, o))).ToList();

    private static bool Has(object? needle, object? haystack)
    {
        if (haystack is null) return false;
        return Items(haystack, "Cannot find has on type {0}").Any(item => GoValues.DeepEqual(needle, item));
    }

    /// <summary>slice keeps the argument's slice type; an empty input gives nil.</summary>
    private static object? Slice(object? list, object?[] indices)
    {
        if (list is string || list is not IList source)
            throw new GoFunctionException($"list should be type of slice or array but {KindOf(list)}");
        var length = source.Count;
        if (length == 0) return null;
        var start = indices.Length > 0 ? Cast.ToInt(indices[0]) : 0;
        var end = indices.Length >= 2 ? Cast.ToInt(indices[1]) : length;
        if (start < 0 || end < start || end > length)
            throw new GoPanicException("reflect.Value.Slice: slice index out of bounds");
        if (source is byte[] bytes) return bytes[(int)start..(int)end];
        var result = (IList)Activator.CreateInstance(source.GetType(), (int)(end - start))!;
        for (var i = (int)start; i < end; i++) result.Add(source[i]);
        return result;
    }

    private static List<List<object?>> Chunk(long size, object? list)
    {
        var items = Items(list, "Cannot chunk type {0}");
        var length = items.Count;
        var count = Cast.FloatToInt64(Math.Floor((length - 1) / (double)size) + 1);
        if (count < 0 || count > int.MaxValue) throw new GoPanicException("runtime error: makeslice: len out of range");
        var chunks = new List<List<object?>>((int)count);
        for (var i = 0; i < count; i++)
        {
            var chunkLength = size;
            if (i == count - 1)
            {
                chunkLength = Cast.FloatToInt64(Math.Floor(length % (double)size));
                if (chunkLength == 0) chunkLength = size;
            }
            if (chunkLength < 0) throw new GoPanicException("runtime error: makeslice: len out of range");
            var chunk = new List<object?>((int)chunkLength);
            for (var j = 0; j < chunkLength; j++)
            {
                var index = i * size + j;
                if (index >= length) throw new GoPanicException($"reflect: slice index out of range");
                chunk.Add(items[(int)index]);
            }
            chunks.Add(chunk);
        }
        return chunks;
    }

    private static List<object?> Concat(object?[] lists)
    {
        var result = new List<object?>();
        foreach (var list in lists)
        {
            var items = GoValues.SliceItems(list) ?? throw new GoPanicException($"Cannot concat type {KindOf(list)} as list");
            result.AddRange(items);
        }
        return result;
    }
}
