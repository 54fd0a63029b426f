using System.Text.Json.Serialization;

namespace GitOpsLint.Reporting.Sarif;

/// <summary>The root of a SARIF 2.1.0 log (§3.13).</summary>
internal sealed record SarifLog(
    [property: JsonPropertyName("$schema")] string Schema,
    string Version,
    IReadOnlyList<SarifRun> Runs);
