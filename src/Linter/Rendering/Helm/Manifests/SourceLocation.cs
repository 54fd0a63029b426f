namespace GitOpsLint.Rendering.Helm.Manifests;

/// <summary>A position in a chart's source: the file as the chart file source names it (for a .tgz entry, <c>archive.tgz!/path</c>) and a 1-based line.</summary>
public sealed record SourceLocation(string Path, int Line);
