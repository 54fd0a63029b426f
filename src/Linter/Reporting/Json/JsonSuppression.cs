namespace GitOpsLint.Reporting.Json;

/// <summary>Why a finding does not count: <c>inSource</c>, <c>annotation</c>, <c>configuration</c> or <c>baseline</c>.</summary>
internal sealed record JsonSuppression(string Kind, string? Justification, string? Path, JsonSpan? Span);
