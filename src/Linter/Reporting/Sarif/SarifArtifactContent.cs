namespace GitOpsLint.Reporting.Sarif;

/// <summary>Text of a file or of a region of it (§3.3).</summary>
internal sealed record SarifArtifactContent(string Text);
