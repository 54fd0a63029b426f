namespace GitOpsLint.Reporting.Sarif;

/// <summary>Delete a region and insert text in its place (§3.57); no inserted content means a plain deletion.</summary>
internal sealed record SarifReplacement(SarifRegion DeletedRegion, SarifArtifactContent? InsertedContent);
