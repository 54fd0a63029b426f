namespace GitOpsLint.Rendering.Helm.Manifests;

/// <summary>
/// One document of <c>helm template</c>'s output, with provenance.
/// </summary>
/// <param name="SourcePath">The template name Helm prints in <c># Source:</c> (e.g. <c>mychart/charts/sub/templates/svc.yaml</c>).</param>
/// <param name="Content">The document text exactly as printed after the <c># Source:</c> line.</param>
/// <param name="ApiVersion">The document's apiVersion ("" when absent).</param>
/// <param name="Kind">The document's kind ("" when absent).</param>
/// <param name="Name">metadata.name ("" when absent).</param>
/// <param name="HookEvents">Helm hook events (<c>pre-install</c>, <c>test</c> ...); empty for ordinary manifests.</param>
/// <param name="HookWeight">The <c>helm.sh/hook-weight</c> annotation as an integer (0 when absent or invalid).</param>
/// <param name="Origin">Where the document starts: the template file in the chart source and its line.</param>
/// <param name="LineMap">
/// For each line of <see cref="Content"/>, the template file and line it most likely came from. Each output line is
/// mapped to the template line the document starts on plus its offset within the document: exact for static text,
/// approximate after actions that emit several lines (<c>toYaml</c>, <c>include</c>, <c>range</c>).
/// </param>
public sealed record RenderedManifest(
    string SourcePath,
    string Content,
    string ApiVersion,
    string Kind,
    string Name,
    IReadOnlyList<string> HookEvents,
    int HookWeight,
    SourceLocation Origin,
    IReadOnlyList<SourceLocation> LineMap)
{
    public bool IsHook => HookEvents.Count > 0;

    public bool IsTest => HookEvents.Contains("test");

    /// <summary>A CustomResourceDefinition printed from a chart's <c>crds/</c> folder (with <c>--include-crds</c>).</summary>
    public bool IsCrdFile { get; init; }
}
