namespace GitOpsLint.Reporting.Sarif;

/// <summary>A message in plain text and, optionally, Markdown (§3.12).</summary>
internal sealed record SarifMultiformatMessage(string Text, string? Markdown = null);
