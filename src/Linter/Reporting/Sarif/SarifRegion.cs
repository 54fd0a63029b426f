namespace GitOpsLint.Reporting.Sarif;

/// <summary>
/// A text region (§3.30). Lines and columns are 1-based; <see cref="EndColumn"/> is the column just after the last
/// character (exclusive), as in the engine's spans, so an empty region (<c>startColumn == endColumn</c>) is an insertion point.
/// </summary>
internal sealed record SarifRegion(int StartLine, int StartColumn, int EndLine, int EndColumn, SarifArtifactContent? Snippet = null);
