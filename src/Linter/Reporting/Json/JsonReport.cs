namespace GitOpsLint.Reporting.Json;

/// <summary>The document of the <c>json</c> format; its shape is documented in Reporting/README.md and versioned by <see cref="Version"/>.</summary>
internal sealed record JsonReport(
    int Version,
    JsonTool Tool,
    int ExitCode,
    bool ExecutionSuccessful,
    JsonSummary Summary,
    IReadOnlyList<string> Notifications,
    IReadOnlyList<JsonFinding> Findings,
    IReadOnlyList<JsonRule> Rules)
{
    /// <summary>Raised when a field is removed or changes meaning; adding fields does not raise it.</summary>
    public const int CurrentVersion = 1;
}
