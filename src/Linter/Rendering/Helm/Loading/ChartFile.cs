namespace GitOpsLint.Rendering.Helm.Loading;

/// <summary>One file of a chart: its path relative to the chart root, its bytes, and where it was read from.</summary>
/// <param name="Name">Path inside the chart, '/'-separated (e.g. <c>templates/deployment.yaml</c>).</param>
/// <param name="Data">Contents, with a leading UTF-8 BOM removed as Helm does.</param>
/// <param name="Origin">Path in the <see cref="IChartFileSource"/>; for files inside a .tgz, <c>archive.tgz!/entry</c>.</param>
public sealed record ChartFile(string Name, byte[] Data, string Origin);
