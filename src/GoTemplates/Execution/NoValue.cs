namespace GoTemplates.Execution;

/// <summary>
/// Go's invalid reflect.Value: what a missing map key, a nil pipeline result or absent data evaluates to.
/// It differs from <c>null</c>, which is a valid nil interface value (a <c>key: null</c> in values):
/// <c>.missing.x</c> is silently no value, while <c>.nil.x</c> fails with "nil pointer evaluating".
/// </summary>
internal sealed class NoValue
{
    public static readonly NoValue Instance = new();

    /// <summary>Marks "no final argument" in a pipeline (Go's missingVal), distinct from a final argument that has no value.</summary>
    public static readonly NoValue NoFinal = new();

    private NoValue()
    {
    }

    public override string ToString() => "<no value>";
}
