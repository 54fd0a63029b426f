namespace GitOpsLint.Reporting.Json;

/// <summary>Replace the text of <see cref="Span"/> in <see cref="Path"/> with <see cref="NewText"/> (an empty span inserts).</summary>
internal sealed record JsonTextEdit(string Path, JsonSpan Span, string NewText);
