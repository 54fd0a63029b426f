namespace GitOpsLint.Reporting.Sarif;

/// <summary>A plain-text message (§3.11).</summary>
internal sealed record SarifMessage(string Text);
