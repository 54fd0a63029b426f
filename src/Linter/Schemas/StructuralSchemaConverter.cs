using System.Text.Json.Nodes;

namespace GitOpsLint.Schemas;

/// <summary>
/// Converts a Kubernetes OpenAPI v3 schema (a CRD version's <c>openAPIV3Schema</c>, or a swagger 2.0 definition of the
/// Kubernetes API) into JSON Schema 2020-12 with the semantics the API server applies:
/// <list type="bullet">
/// <item>objects with <c>properties</c> are closed (<c>additionalProperties: false</c>): the API server prunes or,
/// with strict field validation, rejects unknown fields; <c>x-kubernetes-preserve-unknown-fields</c> keeps them open;</item>
/// <item><c>x-kubernetes-int-or-string</c> becomes <c>anyOf</c> integer/string; <c>nullable</c> adds <c>"null"</c>;</item>
/// <item><c>x-kubernetes-embedded-resource</c> admits <c>apiVersion</c>, <c>kind</c> and <c>metadata</c>;</item>
/// <item>OpenAPI's boolean <c>exclusiveMinimum</c>/<c>exclusiveMaximum</c> become 2020-12 numbers.</item>
/// </list>
/// Kubernetes annotations (<c>x-kubernetes-*</c>: patch merge key and strategy, list type and map keys,
/// validations) and formats are kept; descriptions, defaults and examples are dropped to keep bundles small.
/// </summary>
internal static class StructuralSchemaConverter
{
    /// <summary>Deeper schemas are cut (replaced by an open schema): no real CRD comes near it, a hostile one may.</summary>
    public const int MaxDepth = 96;

    private static readonly HashSet<string> Dropped = new(StringComparer.Ordinal)
    {
        "description", "default", "example", "externalDocs", "title", "$schema", "id", "readOnly",
    };

    /// <summary>Converts <paramref name="schema"/>; <paramref name="refPrefix"/> rewrites swagger <c>$ref</c>s (<c>#/definitions/</c>) into <c>#/$defs/</c>.</summary>
    public static JsonObject Convert(JsonNode? schema, bool closeObjects = true) => ConvertSchema(schema, 0, closeObjects);

    private static JsonObject ConvertSchema(JsonNode? node, int depth, bool closeObjects)
    {
        if (node is not JsonObject source || depth > MaxDepth)
        {
            // A boolean or malformed schema, or one nested beyond reason: accept anything rather than invent errors.
            return node is JsonValue value && value.TryGetValue<bool>(out var flag) && !flag ? new JsonObject { ["not"] = new JsonObject() } : [];
        }

        var result = new JsonObject();
        var nullable = source["nullable"] is JsonValue n && n.TryGetValue<bool>(out var isNullable) && isNullable;
        var preserveUnknown = IsTrue(source, "x-kubernetes-preserve-unknown-fields");
        var intOrString = IsTrue(source, "x-kubernetes-int-or-string");
        var embedded = IsTrue(source, "x-kubernetes-embedded-resource");
        string? type = source["type"] is JsonValue t && t.TryGetValue<string>(out var typeName) ? typeName : null;

        foreach (var (key, value) in source)
        {
            switch (key)
            {
                case "nullable" or "type":
                    break;
                case "$ref" when value is JsonValue reference && reference.TryGetValue<string>(out var target):
                    result["$ref"] = target.StartsWith("#/definitions/", StringComparison.Ordinal) ? "#/$defs/" + target["#/definitions/".Length..] : target;
                    break;
                case "properties" or "patternProperties" when value is JsonObject properties:
                    var converted = new JsonObject();
                    foreach (var (name, property) in properties)
                    {
                        converted[name] = ConvertSchema(property, depth + 1, closeObjects);
                    }

                    result[key] = converted;
                    break;
                case "additionalProperties" or "items" or "not" or "additionalItems":
                    if (value is JsonValue boolean && boolean.TryGetValue<bool>(out var allowed))
                    {
                        result[key] = allowed;
                    }
                    else if (value is JsonArray tuple && key == "items")
                    {
                        // OpenAPI has no tuples; treat a list of schemas as "any of them".
                        result[key] = new JsonObject { ["anyOf"] = new JsonArray(tuple.Select(item => (JsonNode)ConvertSchema(item, depth + 1, closeObjects)).ToArray()) };
                    }
                    else
                    {
                        result[key] = ConvertSchema(value, depth + 1, closeObjects);
                    }

                    break;
                case "allOf" or "anyOf" or "oneOf" when value is JsonArray list:
                    result[key] = new JsonArray(list.Select(item => (JsonNode)ConvertSchema(item, depth + 1, closeObjects)).ToArray());
                    break;
                case "exclusiveMinimum" or "exclusiveMaximum":
                    // OpenAPI 3.0: a boolean qualifying minimum/maximum. Handled with them below.
                    if (value is JsonValue exclusive && exclusive.TryGetValue<double>(out _))
                    {
                        result[key] = value.DeepClone();
                    }

                    break;
                default:
                    if (!Dropped.Contains(key))
                    {
                        result[key] = value?.DeepClone();
                    }

                    break;
            }
        }

        ApplyExclusive(source, result, "minimum", "exclusiveMinimum");
        ApplyExclusive(source, result, "maximum", "exclusiveMaximum");

        if (intOrString && result["anyOf"] is null)
        {
            result["anyOf"] = new JsonArray(new JsonObject { ["type"] = "integer" }, new JsonObject { ["type"] = "string" });
        }
        else if (type is not null && !intOrString)
        {
            result["type"] = nullable ? new JsonArray(type, "null") : type;
        }

        if (embedded && result["properties"] is JsonObject embeddedProperties)
        {
            embeddedProperties.TryAdd("apiVersion", new JsonObject { ["type"] = "string" });
            embeddedProperties.TryAdd("kind", new JsonObject { ["type"] = "string" });
            embeddedProperties.TryAdd("metadata", new JsonObject { ["type"] = "object" });
        }

        if (closeObjects && !preserveUnknown && result["properties"] is JsonObject && result["additionalProperties"] is null
            && (type is null or "object") && result["$ref"] is null)
        {
            result["additionalProperties"] = false;
        }

        return result;
    }

    private static void ApplyExclusive(JsonObject source, JsonObject result, string bound, string exclusiveKey)
    {
        if (source[exclusiveKey] is JsonValue flag && flag.TryGetValue<bool>(out var exclusive) && exclusive && result[bound] is JsonNode limit)
        {
            result.Remove(bound);
            result[exclusiveKey] = limit;
        }
    }

    private static bool IsTrue(JsonObject source, string key) => source[key] is JsonValue value && value.TryGetValue<bool>(out var flag) && flag;
}
