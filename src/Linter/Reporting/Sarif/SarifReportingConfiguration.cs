namespace GitOpsLint.Reporting.Sarif;

/// <summary>A rule's default level (§3.50); <see cref="Enabled"/> is written only when the rule is off by default.</summary>
internal sealed record SarifReportingConfiguration(string Level, bool? Enabled = null);
