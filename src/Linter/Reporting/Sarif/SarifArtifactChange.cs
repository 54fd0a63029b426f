namespace GitOpsLint.Reporting.Sarif;

/// <summary>The replacements a fix makes in one file (§3.56).</summary>
internal sealed record SarifArtifactChange(SarifArtifactLocation ArtifactLocation, IReadOnlyList<SarifReplacement> Replacements);
