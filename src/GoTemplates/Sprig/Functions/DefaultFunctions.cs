using GoTemplates.Runtime;
using GoTemplates.Sprig.Support;
using static GoTemplates.Sprig.Support.SprigTypes;

namespace GoTemplates.Sprig.Functions;

/// <summary>Sprig's defaults.go: default, empty, coalesce, all, any, JSON, ternary, deepCopy; and its <c>fail</c>.</summary>
internal static class DefaultFunctions
{
    public static void Register(FunctionTable t)
    {
        t.AddVariadic("default", Of(Any, Any), Any, a => a.Length < 2 || GoValues.IsEmpty(a[1]) ? a[0] : a[1]);
        t.Add("empty", Of(Any), Bool, a => GoValues.IsEmpty(a[0]));
        t.AddVariadic("coalesce", Of(Any), Any, a => a.FirstOrDefault(v => !GoValues.IsEmpty(v)));
        t.AddVariadic("all", Of(Any), Bool, a => a.All(v => !GoValues.IsEmpty(v)));
        t.AddVariadic("any", Of(Any), Bool, a => a.Any(v => !GoValues.IsEmpty(v)));
        t.Add("fromJson", Of(Str), Any, a => Swallow(() => GoJson.Unmarshal((string)a[0]!)));
        t.AddWithError("mustFromJson", Of(Str), Any, a => GoJson.Unmarshal((string)a[0]!));
        t.Add("toJson", Of(Any), Str, a => Swallow(() => GoJson.Marshal(a[0])) ?? "");
        t.AddWithError("mustToJson", Of(Any), Str, a => GoJson.Marshal(a[0]));
        t.Add("toPrettyJson", Of(Any), Str, a => Swallow(() => GoJson.Marshal(a[0], indent: "  ")) ?? "");
        t.AddWithError("mustToPrettyJson", Of(Any), Str, a => GoJson.Marshal(a[0], indent: "  "));
        t.Add("toRawJson", Of(Any), Str, a => ToRawJsonOrPanic(a[0]));
        t.AddWithError("mustToRawJson", Of(Any), Str, a => GoJson.Marshal(a[0], escapeHtml: false));
        t.Add("ternary", Of(Any, Any, Bool), Any, a => (bool)a[2]! ? a[0] : a[1]);
        t.Add("deepCopy", Of(Any), Any, a => DeepCopy.Copy(a[0]));
        t.AddWithError("mustDeepCopy", Of(Any), Any, a => DeepCopy.Copy(a[0]));
        t.AddWithError("fail", Of(Str), Str, a => throw new GoFunctionException((string)a[0]!));
    }

    /// <summary>Sprig's non-must variants drop the error and keep Go's zero result.</summary>
    private static object? Swallow(Func<object?> action)
    {
        try
        {
            return action();
        }
        catch (GoFunctionException)
        {
            return null;
        }
    }

    /// <summary>toRawJson panics with the encoder's error, unlike toJson.</summary>
    private static string ToRawJsonOrPanic(object? value)
    {
        try
        {
            return GoJson.Marshal(value, escapeHtml: false);
        }
        catch (GoFunctionException e)
        {
            throw new GoPanicException(e.Message);
        }
    }
}
