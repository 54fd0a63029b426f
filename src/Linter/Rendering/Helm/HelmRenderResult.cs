using System.Text;
using GitOpsLint.Rendering.Helm.Manifests;

namespace GitOpsLint.Rendering.Helm;

/// <summary>The outcome of one <c>helm template</c> run: manifests with provenance, or an error as data.</summary>
/// <param name="Manifests">What helm prints, in its order: CRDs (with <c>--include-crds</c>), manifests by kind, then hooks (minus those <c>--skip-tests</c>/<c>--no-hooks</c> leave out); filtered by <c>--show-only</c>. Empty on error.</param>
/// <param name="Output">What helm prints on stdout: the manifests on success; on error with <c>--debug</c>, the partial output helm prints before the error.</param>
/// <param name="Notes">The root chart's rendered NOTES.txt, or null when it has none.</param>
/// <param name="Error">Why the render failed; null on success.</param>
/// <param name="Warnings">What helm logs on the way (deprecated chart, skipped values).</param>
public sealed record HelmRenderResult(
    IReadOnlyList<RenderedManifest> Manifests,
    string Output,
    string? Notes,
    HelmRenderError? Error,
    IReadOnlyList<string> Warnings)
{
    public bool Succeeded => Error is null;

    /// <summary>stdout followed by stderr as <c>helm template</c> writes them (the form of the golden files): output, then <c>Error: ...</c> with helm's hint.</summary>
    public string CommandOutput(bool debug)
    {
        if (Error is null)
        {
            return Output;
        }

        var sb = new StringBuilder(Output);
        sb.Append("Error: ").Append(Error.Message);
        if (Error.HasDebugHint && !debug)
        {
            sb.Append("\n\nUse --debug flag to render out invalid YAML");
        }

        return sb.Append('\n').ToString();
    }
}
