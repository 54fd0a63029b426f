using GitOpsLint.Rendering.Helm.Yaml;
using GoTemplates;
using GoTemplates.Runtime;
using GoTemplates.Sprig;

namespace GitOpsLint.Rendering.Helm.Engine;

/// <summary>
/// Helm's template function map (pkg/engine funcs.go and initFunMap): Sprig's text functions without
/// <c>env</c>/<c>expandenv</c>, Helm's YAML/JSON/TOML functions, and the render-bound <c>include</c>, <c>tpl</c>,
/// <c>required</c>, <c>fail</c>, offline <c>lookup</c> (always an empty map) and <c>getHostByName</c> (always "").
/// </summary>
internal static class HelmFunctions
{
    /// <summary>Helm's recursionMaxNums: how often one name may be on the include stack.</summary>
    internal const int MaxIncludeRecursion = 1000;

    /// <summary>Helm wraps the messages of <c>required</c> and <c>fail</c> so the error cleanup can find them in a wrapped chain.</summary>
    internal const string WarnStart = "HELM_ERR_START";

    internal const string WarnEnd = "HELM_ERR_END";

    private const string IncludeCountsKey = "helm.include-counts";

    private static readonly GoType Any = GoType.Interface;
    private static readonly GoType Str = GoType.String;
    private static readonly GoType AnyMap = GoType.MapOf(GoType.Interface);
    private static readonly GoType AnyList = GoType.SliceOf(GoType.Interface);

    internal static IReadOnlyDictionary<string, GoFunction> Create(HelmRenderOptions options, long maxStringLength)
    {
        var functions = new Dictionary<string, GoFunction>(SprigLibrary.Create(options.Sprig), StringComparer.Ordinal);
        functions.Remove("env");
        functions.Remove("expandenv");

        // Go's print builtins, registered as functions (which take precedence) so that FunctionGuard sees them too.
        Add(functions, new GoFunction("print", [Any], true, Str, false, a => GoFmt.Sprint(a)));
        Add(functions, new GoFunction("println", [Any], true, Str, false, a => GoFmt.Sprintln(a)));
        Add(functions, new GoFunction("printf", [Str, Any], true, Str, false, a => GoFmt.Sprintf((string)a[0]!, a[1..])));
        Add(functions, new GoFunction("toToml", [Any], false, Str, false, a => TomlWriter.Encode(a[0])));
        Add(functions, new GoFunction("fromToml", [Str], false, AnyMap, false, a => TomlReader.DecodeForTemplate((string)a[0]!)));
        Add(functions, new GoFunction("toYaml", [Any], false, Str, false, a => HelmYaml.ToYaml(a[0])));
        Add(functions, new GoFunction("toYamlPretty", [Any], false, Str, false, a => HelmYaml.ToYamlPretty(a[0])));
        Add(functions, new GoFunction("fromYaml", [Str], false, AnyMap, false, a => HelmYaml.FromYaml((string)a[0]!)));
        Add(functions, new GoFunction("fromYamlArray", [Str], false, AnyList, false, a => HelmYaml.FromYamlArray((string)a[0]!)));
        Add(functions, new GoFunction("toJson", [Any], false, Str, false, a => HelmYaml.ToJson(a[0])));
        Add(functions, new GoFunction("fromJson", [Str], false, AnyMap, false, a => HelmYaml.FromJson((string)a[0]!)));
        Add(functions, new GoFunction("fromJsonArray", [Str], false, AnyList, false, a => HelmYaml.FromJsonArray((string)a[0]!)));
        Add(functions, new GoFunction("lookup", [Str, Str, Str, Str], false, AnyMap, true, _ => new Dictionary<string, object?>(StringComparer.Ordinal)));
        Add(functions, new GoFunction("getHostByName", [Str], false, Str, false, _ => ""));
        Add(functions, new GoFunction("required", [Str, Any], false, Any, true, a => Required((string)a[0]!, a[1])));
        Add(functions, new GoFunction("fail", [Str], false, Str, true, a => throw new GoFunctionException(Wrap((string)a[0]!))));
        Add(functions, GoFunctions.WithContext("include", [Str, Any], false, Str, true, (context, a) => Include(context, (string)a[0]!, a[1])));
        Add(functions, GoFunctions.WithContext("tpl", [Str, Any], false, Str, true, (context, a) => Tpl(context, (string)a[0]!, a[1])));
        if (options.Helm4)
        {
            Add(functions, new GoFunction("mustToYaml", [Any], false, Str, false, a => MustMarshal(() => HelmYaml.MustToYaml(a[0]))));
            Add(functions, new GoFunction("mustToJson", [Any], false, Str, false, a => MustMarshal(() => GoJson.Marshal(a[0]))));
            Add(functions, new GoFunction("mustToToml", [Any], false, Str, false, a => TomlWriter.MustEncode(a[0])));
        }

        return FunctionGuard.Wrap(functions, maxStringLength);
    }

    internal static string Wrap(string message) => WarnStart + message + WarnEnd;

    private static void Add(Dictionary<string, GoFunction> functions, GoFunction function) => functions[function.Name] = function;

    private static object? Required(string message, object? value) =>
        value is null or "" ? throw new GoFunctionException(Wrap(message)) : value;

    private static string MustMarshal(Func<string> marshal)
    {
        try
        {
            return marshal();
        }
        catch (GoJsonException e)
        {
            throw new GoPanicException(e.Message);
        }
    }

    /// <summary>Helm's includeFun: executes a named template of the calling set, refusing a name nested more than 1000 times.</summary>
    private static string Include(TemplateContext context, string name, object? data)
    {
        var counts = IncludeCounts(context);
        counts.TryGetValue(name, out var count);
        if (count > MaxIncludeRecursion)
        {
            throw new GoFunctionException($"rendering template has a nested reference name: {name}: unable to execute template");
        }

        counts[name] = count + 1;
        try
        {
            return context.ExecuteTemplate(name, data);
        }
        finally
        {
            counts[name]--;
        }
    }

    /// <summary>
    /// Helm's tplFun: parses the text as <c>gotpl</c> into a clone of the calling set (so its defines are visible to
    /// include inside it, and do not leak out), executes it, and scrubs <c>&lt;no value&gt;</c>.
    /// </summary>
    private static string Tpl(TemplateContext context, string text, object? data)
    {
        var clone = context.Set.Clone();
        try
        {
            clone.Parse(context.Set.Name, text);
        }
        catch (TemplateException e) when (e is not TemplateLimitException)
        {
            throw new GoFunctionException("cannot parse template " + GoFmt.Quote(text) + ": " + e.Message);
        }

        string output;
        try
        {
            output = context.ExecuteTemplate(clone, context.Set.Name, data);
        }
        catch (TemplateException e) when (e is not TemplateLimitException)
        {
            throw new GoFunctionException("error during tpl function execution for " + GoFmt.Quote(text) + ": " + e.Message);
        }

        return output.Replace("<no value>", "", StringComparison.Ordinal);
    }

    private static Dictionary<string, int> IncludeCounts(TemplateContext context)
    {
        if (context.Items.TryGetValue(IncludeCountsKey, out var existing) && existing is Dictionary<string, int> counts)
        {
            return counts;
        }

        counts = new Dictionary<string, int>(StringComparer.Ordinal);
        context.Items[IncludeCountsKey] = counts;
        return counts;
    }
}
