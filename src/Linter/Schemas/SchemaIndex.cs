using System.Text.Json.Nodes;

namespace GitOpsLint.Schemas;

/// <summary>The <c>index.json</c> of an imported folder: which bundle file holds each group/version/kind.</summary>
internal sealed class SchemaIndex
{
    public const string FormatId = "gitopslint-schema-index/1";

    private SchemaIndex(IReadOnlyDictionary<string, string> files) => FilesByKey = files;

    /// <summary>"group/version/Kind" → bundle file name.</summary>
    public IReadOnlyDictionary<string, string> FilesByKey { get; }

    public static SchemaIndex Parse(string json, string origin)
    {
        if (JsonNode.Parse(json) is not JsonObject root || root["format"]?.GetValue<string>() != FormatId || root["kinds"] is not JsonObject kinds)
        {
            throw new InvalidDataException($"{origin}: not a GitOpsLint schema index (expected \"format\": \"{FormatId}\")");
        }

        var files = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (key, value) in kinds)
        {
            if (value is JsonValue file && file.TryGetValue<string>(out var name))
            {
                files[key] = name;
            }
        }

        return new SchemaIndex(files);
    }
}
