namespace GitOpsLint.Rendering.Helm;

/// <summary>Why a render failed, as data.</summary>
/// <param name="Kind">The stage that failed.</param>
/// <param name="Message">
/// Helm's message, exactly as <c>helm template</c> prints it after <c>Error: </c> (e.g.
/// <c>execution error at (chart/templates/x.yaml:3:10): msg</c>), without the <c>--debug</c> hint.
/// </param>
/// <param name="Location">Where Helm says the error is (the outermost template for execution errors); null when it names no position.</param>
/// <param name="Trace">
/// For template errors, every position of the failure from the outermost template to the innermost (one per
/// <c>include</c>/<c>template</c>/<c>tpl</c> level), so a caller can point at the line that actually failed.
/// </param>
public sealed record HelmRenderError(HelmErrorKind Kind, string Message, HelmErrorLocation? Location, IReadOnlyList<HelmErrorLocation> Trace)
{
    /// <summary>Whether helm appends <c>Use --debug flag to render out invalid YAML</c> (errors after the release object exists).</summary>
    public bool HasDebugHint => Kind is HelmErrorKind.KubeVersion or HelmErrorKind.TemplateParse or HelmErrorKind.TemplateExecution
        or HelmErrorKind.Limit or HelmErrorKind.Manifest;
}
