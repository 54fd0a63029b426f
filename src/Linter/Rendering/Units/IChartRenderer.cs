using GitOpsLint.Rendering.Helm;
using GitOpsLint.Rendering.Helm.Manifests;
using GitOpsLint.Workspace;

namespace GitOpsLint.Rendering.Units;

/// <summary>
/// The Helm engine as units use it: renders the chart in the folder <c>chartPath</c> of <paramref name="workspace"/> like
/// <c>helm template</c>. Paths in the options (<see cref="HelmRenderOptions.ValueFiles"/>, <c>--set-file</c> paths) are
/// repository paths of the same workspace, already checked to exist inside it. The engine must not throw on bad input:
/// a chart that fails to render returns <see cref="ChartRenderOutput.Error"/>.
/// </summary>
public interface IChartRenderer
{
    ChartRenderOutput Render(IWorkspace workspace, string chartPath, HelmRenderOptions options);
}

/// <summary>The manifests a chart renders to (with template file and line per output line), or why it did not render.</summary>
/// <param name="ErrorPath">The file the error points at (a template, values file), when known.</param>
/// <param name="ErrorLine">Its 1-based line, or 0.</param>
public sealed record ChartRenderOutput(IReadOnlyList<RenderedManifest> Manifests, string? Error = null, string? ErrorPath = null, int ErrorLine = 0);
