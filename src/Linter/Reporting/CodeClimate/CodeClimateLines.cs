using System.Text.Json.Serialization;

namespace GitOpsLint.Reporting.CodeClimate;

/// <summary>1-based first and last line of an issue.</summary>
internal sealed record CodeClimateLines(
    [property: JsonPropertyName("begin")] int Begin,
    [property: JsonPropertyName("end")] int End);
