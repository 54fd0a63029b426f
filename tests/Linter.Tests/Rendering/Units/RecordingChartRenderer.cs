using GitOpsLint.Rendering.Helm;
using GitOpsLint.Rendering.Helm.Manifests;
using GitOpsLint.Rendering.Units;
using GitOpsLint.Workspace;

namespace GitOpsLint.Tests.Rendering.Units;

/// <summary>
/// A Helm engine stand-in for the unit seam: records what the unit asked for (chart, options) and answers with the
/// chart's template files as they are written (no template actions), each line mapped to its own template line.
/// Tests check what units hand to Helm and what they do with the manifests, not Helm itself.
/// </summary>
internal sealed class RecordingChartRenderer : IChartRenderer
{
    public List<(string ChartPath, HelmRenderOptions Options)> Calls { get; } = [];

    public string? Error { get; init; }

    public ChartRenderOutput Render(IWorkspace workspace, string chartPath, HelmRenderOptions options)
    {
        Calls.Add((chartPath, options));
        if (Error is not null)
        {
            return new ChartRenderOutput([], Error, chartPath + "/templates/broken.yaml", 3);
        }

        var manifests = new List<RenderedManifest>();
        foreach (var file in workspace.ListFiles(chartPath + "/templates").Where(f => f.EndsWith(".yaml", StringComparison.Ordinal)))
        {
            var text = System.Text.Encoding.UTF8.GetString(workspace.ReadFile(file)!);
            var lines = text.TrimEnd('\n').Split('\n');
            var map = lines.Select((_, i) => new SourceLocation(file, i + 1)).ToArray();
            var kind = lines.FirstOrDefault(l => l.StartsWith("kind: ", StringComparison.Ordinal))?[6..] ?? string.Empty;
            manifests.Add(new RenderedManifest(file, text, "v1", kind, string.Empty, [], 0, new SourceLocation(file, 1), map));
        }

        return new ChartRenderOutput(manifests);
    }
}
