namespace GitOpsLint.Reporting.Json;

internal sealed record JsonRelatedLocation(string Path, JsonSpan Span, string? Pointer, string Message);
