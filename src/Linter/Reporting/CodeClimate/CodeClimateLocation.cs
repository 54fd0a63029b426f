using System.Text.Json.Serialization;

namespace GitOpsLint.Reporting.CodeClimate;

/// <summary>The file (repository-relative) and lines of an issue.</summary>
internal sealed record CodeClimateLocation(
    [property: JsonPropertyName("path")] string Path,
    [property: JsonPropertyName("lines")] CodeClimateLines Lines);
