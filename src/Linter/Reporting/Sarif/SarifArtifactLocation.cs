namespace GitOpsLint.Reporting.Sarif;

/// <summary>
/// A file (§3.4): a repository-relative URI under <c>%SRCROOT%</c>, or, as a value of <c>originalUriBaseIds</c>, the
/// absolute URI of the root (or only a description when the root is not known).
/// </summary>
internal sealed record SarifArtifactLocation(string? Uri, string? UriBaseId, SarifMessage? Description = null);
