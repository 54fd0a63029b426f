using GitOpsLint.Rendering.Helm;
using GitOpsLint.Workspace;

namespace GitOpsLint.Rendering.Units;

/// <summary>Units render Helm charts with the in-process Helm engine, reading the chart and value files from the repository.</summary>
public sealed class WorkspaceChartRenderer : IChartRenderer
{
    public static readonly WorkspaceChartRenderer Instance = new();

    public ChartRenderOutput Render(IWorkspace workspace, string chartPath, HelmRenderOptions options)
    {
        // Argo CD and Flux run `helm dependency build` first, which resolves file:// dependencies from the repository.
        var result = HelmRenderer.Render(new WorkspaceChartFileSource(workspace), chartPath, options with { BuildFileDependencies = true });
        if (result.Error is { } error)
        {
            // Point at the innermost template line that failed (the end of an include chain), else where Helm says.
            var at = error.Trace.LastOrDefault(t => t.Path is not null) ?? error.Location;
            return new ChartRenderOutput([], error.Message, at?.Path, at?.Line ?? 0);
        }

        return new ChartRenderOutput(result.Manifests);
    }
}
