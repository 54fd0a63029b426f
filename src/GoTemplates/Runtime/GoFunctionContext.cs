namespace GoTemplates.Runtime;

/// <summary>Factory for functions that call back into the executing template set (Helm's <c>include</c>, <c>tpl</c>).</summary>
public static class GoFunctions
{
    /// <summary>
    /// A function whose implementation receives the <see cref="TemplateContext"/> of the execution that calls it,
    /// so it can execute other templates of the same set (or of a clone) at the current depth and within the same budget.
    /// </summary>
    public static GoFunction WithContext(
        string name, IReadOnlyList<GoType> parameters, bool isVariadic, GoType result, bool returnsError,
        Func<TemplateContext, object?[], object?> invoke) =>
        new(name, parameters, isVariadic, result, returnsError,
            _ => throw new GoPanicException(name + " can only be called from a template execution"))
        {
            InvokeWithContext = invoke,
        };
}
