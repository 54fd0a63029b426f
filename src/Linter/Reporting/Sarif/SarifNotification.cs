namespace GitOpsLint.Reporting.Sarif;

/// <summary>A message about the run itself rather than about the repository (§3.58).</summary>
internal sealed record SarifNotification(string Level, SarifMessage Message);
