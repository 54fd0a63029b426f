using System.Text.Json.Nodes;
using GitOpsLint.Syntax;

namespace GitOpsLint.Diff;

/// <summary>
/// Converts parsed YAML to a JSON tree the way the API server stores it: scalars typed by YAML 1.1 (go-yaml v2) rules,
/// mapping keys sorted ordinally (so key order in the source never shows as a change), null-valued fields dropped (the
/// server drops them too), the last of duplicate keys winning.
/// </summary>
internal static class YamlToJson
{
    public static JsonNode? Convert(YamlNode node) => node switch
    {
        YamlMapping mapping => ConvertMapping(mapping),
        YamlSequence sequence => new JsonArray(sequence.Items.Select(Convert).ToArray()),
        YamlScalar scalar => ConvertScalar(scalar),
        _ => null,
    };

    public static JsonObject ConvertMapping(YamlMapping mapping)
    {
        var result = new JsonObject();
        var entries = new SortedDictionary<string, YamlNode>(StringComparer.Ordinal);
        foreach (var entry in mapping.Entries)
        {
            entries[entry.KeyText] = entry.Value;
        }

        foreach (var (key, value) in entries)
        {
            if (value is YamlScalar { IsNull: true })
            {
                continue;
            }

            result[key] = Convert(value);
        }

        return result;
    }

    private static JsonNode? ConvertScalar(YamlScalar scalar) => scalar.Resolved.Type switch
    {
        ScalarType.Null => null,
        ScalarType.Bool => JsonValue.Create((bool)scalar.Resolved.Value!),
        ScalarType.Int when scalar.Resolved.Value is long number => JsonValue.Create(number),
        ScalarType.Float when scalar.Resolved.Value is double number && double.IsFinite(number) => JsonValue.Create(number),
        _ => JsonValue.Create(scalar.Value),
    };

    /// <summary>A deep copy with every mapping's keys sorted (for trees built elsewhere, such as live exports edited in place).</summary>
    public static JsonNode? Sorted(JsonNode? node) => node switch
    {
        JsonObject mapping => new JsonObject(mapping.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => KeyValuePair.Create(p.Key, Sorted(p.Value)))),
        JsonArray sequence => new JsonArray(sequence.Select(Sorted).ToArray()),
        null => null,
        _ => node.DeepClone(),
    };
}
