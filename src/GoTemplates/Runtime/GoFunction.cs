namespace GoTemplates.Runtime;

/// <summary>
/// A function callable from a template (a FuncMap entry, or a method of an <see cref="IGoObject"/>),
/// described by its Go signature so the evaluator can check arity and convert arguments exactly as
/// Go's text/template does (including its error messages, e.g.
/// <c>wrong type for value; expected string; got int</c>).
/// </summary>
/// <param name="Name">The name templates call it by.</param>
/// <param name="Parameters">Go parameter types; when <paramref name="IsVariadic"/> the last one is the element type of the <c>...T</c> parameter.</param>
/// <param name="IsVariadic">Whether the last parameter is variadic.</param>
/// <param name="Result">The Go result type (Go template functions return one value, optionally plus an error).</param>
/// <param name="ReturnsError">Whether the Go function also returns an <c>error</c>: <see cref="Invoke"/> reports it by throwing <see cref="GoFunctionException"/>.</param>
/// <param name="Invoke">
/// The implementation. It receives the arguments already converted to the parameter types (variadic ones
/// flattened at the end of the array, so <c>args.Length &gt;= Parameters.Length - 1</c>). It returns the
/// result value in the CLR representation documented on <see cref="GoType"/>. It throws
/// <see cref="GoFunctionException"/> for the Go <c>error</c> result and <see cref="GoPanicException"/> for a Go panic.
/// </param>
public sealed record GoFunction(
    string Name,
    IReadOnlyList<GoType> Parameters,
    bool IsVariadic,
    GoType Result,
    bool ReturnsError,
    Func<object?[], object?> Invoke)
{
    /// <summary>
    /// When set, the evaluator calls this instead of <see cref="Invoke"/>, passing the calling execution's
    /// <see cref="TemplateContext"/> (see <see cref="GoFunctions.WithContext"/>).
    /// </summary>
    public Func<TemplateContext, object?[], object?>? InvokeWithContext { get; init; }
}

/// <summary>The non-nil <c>error</c> result of a Go function; the evaluator wraps it as Go does (<c>error calling NAME: MESSAGE</c>).</summary>
public sealed class GoFunctionException(string message) : Exception(message);

/// <summary>A Go panic inside a function; the evaluator reports it as text/template does for panicking functions.</summary>
public sealed class GoPanicException(string message) : Exception(message);
