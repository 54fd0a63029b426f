namespace GitOpsLint.Reporting.Sarif;

/// <summary>One rule's metadata (§3.49).</summary>
internal sealed record SarifReportingDescriptor(
    string Id,
    string Name,
    SarifMultiformatMessage ShortDescription,
    SarifMultiformatMessage FullDescription,
    SarifMultiformatMessage Help,
    string HelpUri,
    SarifReportingConfiguration DefaultConfiguration,
    SarifRuleProperties Properties);
