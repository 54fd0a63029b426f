using GitOpsLint.Diagnostics;
using GitOpsLint.Rendering.Helm;
using GitOpsLint.Rendering.Helm.Manifests;
using GitOpsLint.Rendering.Provenance;
using GitOpsLint.Workspace;

namespace GitOpsLint.Rendering.Units;

/// <summary>Runs the Helm engine for a unit and adds the manifests, each line mapped to its template line.</summary>
internal static class HelmRunner
{
    /// <summary>The manifests, or null when the chart cannot be rendered (the reason is reported at <paramref name="where"/>).</summary>
    public static IReadOnlyList<RenderedManifest>? Render(RenderContext context, IWorkspace workspace, string chartPath, HelmRenderOptions options, Location where)
    {
        if (context.Options.ChartRenderer is not { } renderer)
        {
            context.Report(UnitProblemCode.NotRenderableOffline, UnitProblemSeverity.Note, where,
                $"{context.Unit.Id} uses the Helm chart '{chartPath}', and no Helm engine is wired into this run; its objects are not checked",
                "run with a build that includes the Helm renderer");
            return null;
        }

        ChartRenderOutput output;
        try
        {
            output = renderer.Render(workspace, chartPath, options);
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            // The engine's contract is to return errors; a crash is still reported on the unit instead of ending the run.
            output = new ChartRenderOutput([], $"{exception.GetType().Name}: {exception.Message}");
        }

        if (output.Error is { } error)
        {
            var location = output.ErrorPath is { } path ? context.Resolve(path, output.ErrorLine, 0) : where;
            context.Report(UnitProblemCode.RenderFailed, UnitProblemSeverity.Error, location, $"helm template of '{chartPath}' for {context.Unit.Id} failed: {error}", "fix the chart or the values the unit gives it");
            return null;
        }

        return output.Manifests;
    }

    /// <summary>Turns manifests into objects; documents that are empty or not mappings are skipped, as Helm skips them.</summary>
    public static void AddManifests(RenderContext context, IEnumerable<RenderedManifest> manifests)
    {
        foreach (var manifest in manifests)
        {
            if (ToObject(context, manifest) is { } rendered)
            {
                context.Objects.Add(rendered);
            }
        }
    }

    public static RenderedObject? ToObject(RenderContext context, RenderedManifest manifest)
    {
        var lines = manifest.LineMap.Select(l => (SourcePoint?)new SourcePoint(l.Path, l.Line, 0)).ToArray();
        return context.Factory.FromText(manifest.Content, lines, new SourcePoint(manifest.Origin.Path, manifest.Origin.Line, 0));
    }
}
