using System.Text.Json.Serialization;

namespace GitOpsLint.Reporting.Sarif;

/// <summary>
/// A rule's property bag. <c>tags</c>, <c>precision</c> and <c>security-severity</c> are the names GitHub code scanning
/// reads; <c>security-severity</c> is a string holding a number from 0.0 to 10.0 and is written only for security rules.
/// </summary>
internal sealed record SarifRuleProperties(
    string Category,
    IReadOnlyList<string> Tags,
    string Precision,
    [property: JsonPropertyName("security-severity")] string? SecuritySeverity);
