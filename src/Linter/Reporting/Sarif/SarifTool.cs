namespace GitOpsLint.Reporting.Sarif;

/// <summary>The analysis tool (§3.18); GitOpsLint has only a driver, no extensions.</summary>
internal sealed record SarifTool(SarifToolComponent Driver);
