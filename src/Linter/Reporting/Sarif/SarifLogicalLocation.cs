namespace GitOpsLint.Reporting.Sarif;

/// <summary>The node a finding is about, named by its JSON Pointer in the YAML document (§3.33).</summary>
internal sealed record SarifLogicalLocation(string Name, string FullyQualifiedName);
