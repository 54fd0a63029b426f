using GitOpsLint.Syntax;

namespace GitOpsLint.Diagnostics;

/// <summary>Replace the text of <see cref="Span"/> in <see cref="Path"/> with <see cref="NewText"/> (an empty span inserts).</summary>
public sealed record TextEdit(string Path, SourceSpan Span, string NewText);

/// <summary>A safe, mechanical fix for a finding, as edits; SARIF carries it as a <c>fix</c>.</summary>
public sealed record Fix(string Description, IReadOnlyList<TextEdit> Edits);
