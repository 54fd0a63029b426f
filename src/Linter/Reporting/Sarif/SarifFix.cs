namespace GitOpsLint.Reporting.Sarif;

/// <summary>A proposed fix (§3.55): text replacements grouped by file.</summary>
internal sealed record SarifFix(SarifMessage Description, IReadOnlyList<SarifArtifactChange> ArtifactChanges);
