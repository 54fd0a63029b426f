namespace GitOpsLint.Reporting.Sarif;

/// <summary>One finding (§3.27). Optional members are null (and not written) when empty.</summary>
internal sealed record SarifResult(
    string RuleId,
    int RuleIndex,
    string Level,
    SarifMessage Message,
    IReadOnlyList<SarifLocation> Locations,
    IReadOnlyList<SarifLocation>? RelatedLocations,
    SarifPartialFingerprints PartialFingerprints,
    IReadOnlyList<SarifFix>? Fixes,
    IReadOnlyList<SarifSuppression>? Suppressions,
    IReadOnlyDictionary<string, string>? Properties);
