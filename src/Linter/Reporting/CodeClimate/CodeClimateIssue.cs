using System.Text.Json.Serialization;

namespace GitOpsLint.Reporting.CodeClimate;

/// <summary>
/// One issue of a GitLab Code Quality report: the fields GitLab requires (description, check_name, fingerprint,
/// severity, location.path, location.lines.begin) plus <c>type</c> and <c>categories</c>, which the Code Climate spec
/// requires and GitLab ignores.
/// </summary>
internal sealed record CodeClimateIssue(
    [property: JsonPropertyName("type")] string Type,
    [property: JsonPropertyName("check_name")] string CheckName,
    [property: JsonPropertyName("description")] string Description,
    [property: JsonPropertyName("categories")] IReadOnlyList<string> Categories,
    [property: JsonPropertyName("severity")] string Severity,
    [property: JsonPropertyName("fingerprint")] string Fingerprint,
    [property: JsonPropertyName("location")] CodeClimateLocation Location);
