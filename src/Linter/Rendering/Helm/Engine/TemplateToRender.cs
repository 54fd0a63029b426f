using GitOpsLint.Rendering.Helm.Loading;

namespace GitOpsLint.Rendering.Helm.Engine;

/// <summary>One template of the shared set: its Helm name, its file, and the render object of the chart it belongs to.</summary>
/// <param name="Name">e.g. <c>parent/charts/sub/templates/deploy.yaml</c>.</param>
/// <param name="File">The template file.</param>
/// <param name="RenderObject">The chart's top-level object (<c>.Values</c>, <c>.Chart</c>, <c>.Files</c> ...), shared by its templates.</param>
/// <param name="BasePath">What <c>.Template.BasePath</c> reports.</param>
internal sealed record TemplateToRender(string Name, ChartFile File, ChartValues RenderObject, string BasePath)
{
    /// <summary>Partials (<c>_*</c>) are parsed but only used through include/template.</summary>
    public bool IsPartial => Path.GetFileName(Name).StartsWith('_');
}
