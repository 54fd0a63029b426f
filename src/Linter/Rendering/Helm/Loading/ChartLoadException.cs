namespace GitOpsLint.Rendering.Helm.Loading;

/// <summary>A chart that Helm refuses to load, with Helm's message (e.g. <c>validation: chart.metadata.name is required</c>).</summary>
public sealed class ChartLoadException(string message) : Exception(message);
