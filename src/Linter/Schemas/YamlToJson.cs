using System.Text.Json;
using System.Text.Json.Nodes;
using GitOpsLint.Syntax;

namespace GitOpsLint.Schemas;

/// <summary>
/// Converts YAML nodes to JSON the way the Kubernetes API server reads a manifest (sigs.k8s.io/yaml: YAML 1.1 typing
/// of go-yaml v2, as <see cref="YamlScalar.Resolved"/> gives it).
/// </summary>
internal static class YamlToJson
{
    /// <summary>
    /// Writes <paramref name="node"/> as JSON. Mapping entries whose value is null are left out when
    /// <paramref name="dropNullFields"/> is set: the API server decodes a null field as "not set" (and prunes nulls
    /// from custom resources), so <c>creationTimestamp: null</c> is not a type error.
    /// </summary>
    public static void Write(Utf8JsonWriter writer, YamlNode node, bool dropNullFields)
    {
        switch (node)
        {
            case YamlMapping mapping:
                writer.WriteStartObject();
                for (var i = 0; i < mapping.Entries.Count; i++)
                {
                    var entry = mapping.Entries[i];

                    // Go's decoders keep the last of duplicate keys; a JSON object must not repeat them.
                    if ((dropNullFields && entry.Value is YamlScalar { IsNull: true }) || !ReferenceEquals(mapping.GetEntry(entry.KeyText), entry))
                    {
                        continue;
                    }

                    writer.WritePropertyName(KeyOf(entry.Key));
                    Write(writer, entry.Value, dropNullFields);
                }

                writer.WriteEndObject();
                break;
            case YamlSequence sequence:
                writer.WriteStartArray();
                foreach (var item in sequence.Items)
                {
                    Write(writer, item, dropNullFields);
                }

                writer.WriteEndArray();
                break;
            case YamlScalar scalar:
                WriteScalar(writer, scalar);
                break;
        }
    }

    /// <summary>The node as a <see cref="JsonElement"/> (a copy that outlives any buffer).</summary>
    public static JsonElement ToElement(YamlNode node, bool dropNullFields)
    {
        var buffer = new System.Buffers.ArrayBufferWriter<byte>(1024);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            Write(writer, node, dropNullFields);
        }

        using var document = JsonDocument.Parse(buffer.WrittenMemory, new JsonDocumentOptions { MaxDepth = 1024 });
        return document.RootElement.Clone();
    }

    /// <summary>The node as a mutable <see cref="JsonNode"/> (for the importer, which rewrites schemas).</summary>
    public static JsonNode? ToNode(YamlNode node) => JsonSerializer.SerializeToNode(ToElement(node, dropNullFields: false), new JsonSerializerOptions { MaxDepth = 1024 });

    private static string KeyOf(YamlNode key) => key is YamlScalar scalar
        ? scalar.Resolved.Type switch
        {
            // sigs.k8s.io/yaml turns non-string keys into their text form.
            ScalarType.Bool => (bool)scalar.Resolved.Value! ? "true" : "false",
            ScalarType.Null => "null",
            _ => scalar.Value,
        }
        : string.Empty;

    private static void WriteScalar(Utf8JsonWriter writer, YamlScalar scalar)
    {
        var resolved = scalar.Resolved;
        switch (resolved.Type)
        {
            case ScalarType.Null:
                writer.WriteNullValue();
                break;
            case ScalarType.Bool:
                writer.WriteBooleanValue((bool)resolved.Value!);
                break;
            case ScalarType.Int when resolved.Value is long number:
                writer.WriteNumberValue(number);
                break;
            case ScalarType.Float when resolved.Value is double number && double.IsFinite(number):
                writer.WriteNumberValue(number);
                break;
            case ScalarType.Int or ScalarType.Float:
                // .inf, .nan and oddities JSON cannot hold: keep the text, so a numeric field reports a type error.
                writer.WriteStringValue(scalar.Value);
                break;
            default:
                writer.WriteStringValue(scalar.Value);
                break;
        }
    }
}
