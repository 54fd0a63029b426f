namespace GitOpsLint.Reporting.Sarif;

/// <summary>The tool's driver with the metadata of every rule it can report (§3.19).</summary>
internal sealed record SarifToolComponent(
    string Name,
    string Version,
    string SemanticVersion,
    string InformationUri,
    IReadOnlyList<SarifReportingDescriptor> Rules);
