namespace GitOpsLint.Reporting.Json;

/// <summary>A range of a file: <see cref="Start"/> inclusive, <see cref="End"/> exclusive.</summary>
internal sealed record JsonSpan(JsonPosition Start, JsonPosition End);
