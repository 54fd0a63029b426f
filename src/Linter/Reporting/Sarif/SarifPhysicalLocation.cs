namespace GitOpsLint.Reporting.Sarif;

/// <summary>A file and a region of it (§3.29).</summary>
internal sealed record SarifPhysicalLocation(SarifArtifactLocation ArtifactLocation, SarifRegion Region);
