namespace GoTemplates;

/// <summary>Go's <c>missingkey</c> option: what a missing map key evaluates to.</summary>
public enum MissingKeyMode
{
    /// <summary><c>missingkey=default</c>/<c>invalid</c>: no value (prints <c>&lt;no value&gt;</c>).</summary>
    Default,

    /// <summary><c>missingkey=zero</c>: the zero value of the map's element type (Helm's setting).</summary>
    Zero,

    /// <summary><c>missingkey=error</c>: execution stops with <c>map has no entry for key "x"</c>.</summary>
    Error,
}
