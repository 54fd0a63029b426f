namespace GitOpsLint.Reporting.Json;

/// <summary>One finding with everything the engine knows about it.</summary>
internal sealed record JsonFinding(
    string RuleId,
    string Severity,
    string Message,
    string Path,
    JsonSpan Span,
    string? Pointer,
    string Fingerprint,
    bool Suppressed,
    IReadOnlyList<JsonSuppression> Suppressions,
    IReadOnlyList<JsonRelatedLocation> RelatedLocations,
    IReadOnlyDictionary<string, string> Properties,
    JsonFix? Fix);
