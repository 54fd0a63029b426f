namespace GitOpsLint.Reporting.Json;

/// <summary>A rule that reported at least one finding of this document.</summary>
internal sealed record JsonRule(
    string Id,
    string Title,
    string Category,
    string DefaultSeverity,
    string Description,
    string HelpUri,
    IReadOnlyList<string> Tags,
    double? SecuritySeverity);
