namespace GitOpsLint.Reporting.Sarif;

/// <summary>Why a result does not count (§3.35): <c>inSource</c> or <c>external</c>, always <c>accepted</c>.</summary>
internal sealed record SarifSuppression(string Kind, string Status, string? Justification, SarifLocation? Location);
