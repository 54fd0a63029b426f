namespace GitOpsLint.Reporting.Sarif;

/// <summary>One run of one tool (§3.14). Property order is the order written.</summary>
internal sealed record SarifRun(
    SarifTool Tool,
    IReadOnlyList<SarifInvocation> Invocations,
    IReadOnlyDictionary<string, SarifArtifactLocation> OriginalUriBaseIds,
    string ColumnKind,
    IReadOnlyList<SarifResult> Results);
