namespace GitOpsLint.Reporting.Json;

/// <summary>Unsuppressed findings by severity, the files they are in, and the suppressed ones.</summary>
internal sealed record JsonSummary(int Errors, int Warnings, int Notes, int Files, int Suppressed);
