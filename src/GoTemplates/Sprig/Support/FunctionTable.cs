using GoTemplates.Runtime;

namespace GoTemplates.Sprig.Support;

/// <summary>Collects the functions of the map, each with its Go signature.</summary>
internal sealed class FunctionTable
{
    private readonly Dictionary<string, GoFunction> functions = new(StringComparer.Ordinal);

    /// <summary>Adds <c>func name(parameters...) result</c>.</summary>
    public void Add(string name, GoType[] parameters, GoType result, Func<object?[], object?> invoke) =>
        functions.Add(name, new GoFunction(name, parameters, false, result, false, invoke));

    /// <summary>Adds <c>func name(parameters...) (result, error)</c>; the implementation throws <see cref="GoFunctionException"/>.</summary>
    public void AddWithError(string name, GoType[] parameters, GoType result, Func<object?[], object?> invoke) =>
        functions.Add(name, new GoFunction(name, parameters, false, result, true, invoke));

    /// <summary>Adds a variadic function: the last parameter type is the element type of <c>...T</c>.</summary>
    public void AddVariadic(string name, GoType[] parameters, GoType result, Func<object?[], object?> invoke, bool returnsError = false) =>
        functions.Add(name, new GoFunction(name, parameters, true, result, returnsError, invoke));

    /// <summary>Registers an existing function under a second name (Sprig's aliases such as <c>push</c>/<c>append</c>).</summary>
    public void Alias(string alias, string name) => functions.Add(alias, functions[name] with { Name = alias });

    public IReadOnlyDictionary<string, GoFunction> Build() => new Dictionary<string, GoFunction>(functions, StringComparer.Ordinal);
}
