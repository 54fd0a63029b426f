using GitOpsLint.Rendering.Helm.Loading;

namespace GitOpsLint.Rendering.Helm.Engine;

/// <summary>Everything a template execution needs, prepared exactly as <c>helm template</c> prepares it.</summary>
/// <param name="Chart">The root chart with only the enabled subcharts left (aliases applied).</param>
/// <param name="Values">The coalesced values of the root chart (subcharts' values are tables inside).</param>
/// <param name="KubeVersion">The target Kubernetes version (<c>.Capabilities.KubeVersion</c>).</param>
/// <param name="Templates">All templates of the chart and its subcharts, in Helm's parse order (deepest path first, then reverse lexical).</param>
/// <param name="Warnings">Coalescing and dependency warnings Helm would log.</param>
internal sealed record RenderPlan(Chart Chart, ChartValues Values, KubeVersionInfo KubeVersion, IReadOnlyList<TemplateToRender> Templates, IReadOnlyList<string> Warnings);
