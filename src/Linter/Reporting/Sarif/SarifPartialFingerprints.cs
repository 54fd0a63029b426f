using System.Text.Json.Serialization;
using GitOpsLint.Engine;

namespace GitOpsLint.Reporting.Sarif;

/// <summary>
/// A result's partial fingerprints (§3.27.17): GitOpsLint's own stable identity (what baselines match on) and
/// GitHub's <c>primaryLocationLineHash</c> (what code scanning matches alerts on), computed as GitHub's upload action
/// would, so that the action keeps ours instead of warning about an inconsistent value.
/// </summary>
internal sealed record SarifPartialFingerprints(
    [property: JsonPropertyName(Fingerprints.Key)] string Identity,
    [property: JsonPropertyName("primaryLocationLineHash")] string? PrimaryLocationLineHash);
