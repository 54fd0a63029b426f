using System.Text.Json.Nodes;

namespace GitOpsLint.Schemas;

/// <summary>
/// Reads the Kubernetes OpenAPI (swagger 2.0) document: every definition converted to JSON Schema under
/// <c>$defs</c>, and one kind schema per <c>x-kubernetes-group-version-kind</c>.
/// </summary>
internal static class SwaggerReader
{
    /// <summary>resource.Quantity: written as a string in the swagger, but numbers are accepted too ("cpu: 0.5").</summary>
    private const string QuantityDefinition = "io.k8s.apimachinery.pkg.api.resource.Quantity";

    public static bool IsSwagger(JsonNode? root) => root is JsonObject o && o["swagger"] is not null && o["definitions"] is JsonObject;

    public static SchemaBundle Read(JsonObject swagger, string source)
    {
        var definitions = (JsonObject)swagger["definitions"]!;
        var converted = new JsonObject();
        var kinds = new List<KindSchema>();
        foreach (var (name, definition) in definitions.OrderBy(d => d.Key, StringComparer.Ordinal))
        {
            converted[name] = name == QuantityDefinition ? NumberOrString() : ConvertDefinition(definition);
            if (definition?["x-kubernetes-group-version-kind"] is JsonArray gvks)
            {
                foreach (var gvk in gvks.OfType<JsonObject>())
                {
                    var group = gvk["group"]?.GetValue<string>() ?? string.Empty;
                    var version = gvk["version"]?.GetValue<string>() ?? string.Empty;
                    var kind = gvk["kind"]?.GetValue<string>() ?? string.Empty;
                    kinds.Add(new KindSchema(group, version, kind, new JsonObject { ["$ref"] = "#/$defs/" + name }));
                }
            }
        }

        // The same kind may be listed by several definitions (meta/v1 WatchEvent, DeleteOptions); keep the first.
        var unique = kinds.DistinctBy(k => k.Key).OrderBy(k => k.Key, StringComparer.Ordinal).ToArray();
        return new SchemaBundle(source, unique, converted);
    }

    private static JsonObject ConvertDefinition(JsonNode? definition)
    {
        var format = definition?["format"] is JsonValue f && f.TryGetValue<string>(out var text) ? text : null;
        var type = definition?["type"] is JsonValue t && t.TryGetValue<string>(out var typeText) ? typeText : null;
        return (type, format) switch
        {
            // Written as a string in the swagger, but read from either JSON type (intstr.IntOrString).
            ("string", "int-or-string") => new JsonObject { ["anyOf"] = new JsonArray(new JsonObject { ["type"] = "integer" }, new JsonObject { ["type"] = "string" }) },

            ("string", "quantity") => NumberOrString(),

            // Untyped definitions (apiextensions JSON, JSONSchemaPropsOr*) accept anything.
            (null, _) when definition?["properties"] is null && definition?["$ref"] is null => [],
            _ => StructuralSchemaConverter.Convert(definition),
        };
    }

    private static JsonObject NumberOrString() =>
        new() { ["anyOf"] = new JsonArray(new JsonObject { ["type"] = "number" }, new JsonObject { ["type"] = "string" }) };
}
