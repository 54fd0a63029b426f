using System.Text.Json.Nodes;

namespace GitOpsLint.Schemas;

/// <summary>Walks a schema document by keyword tokens, resolving local <c>$ref</c>s (<c>#/$defs/NAME</c>).</summary>
internal static class SchemaNavigator
{
    public static JsonObject? Follow(JsonObject document, JsonObject start, IEnumerable<string> tokens)
    {
        JsonNode? current = start;
        string? previous = null;
        foreach (var token in tokens)
        {
            // JsonSchema.Net 8 repeats "items" in evaluation paths (".../items/items/..."); a keyword token that
            // cannot be followed right after the same keyword is that echo.
            if (token == previous && token == "items" && current is JsonObject here && here[token] is null)
            {
                previous = null;
                continue;
            }

            previous = token;
            current = token == "$ref" && current is JsonObject withRef ? Resolve(document, withRef) : current switch
            {
                JsonObject obj => obj[token],
                JsonArray array when int.TryParse(token, out var index) && index >= 0 && index < array.Count => array[index],
                _ => null,
            };
            if (current is null)
            {
                return null;
            }
        }

        return current as JsonObject;
    }

    /// <summary>The schema a <c>$ref</c> points at, or null when it is not a local definition.</summary>
    public static JsonObject? Resolve(JsonObject document, JsonObject schema)
    {
        if (schema["$ref"] is JsonValue value && value.TryGetValue<string>(out var target) && target.StartsWith("#/$defs/", StringComparison.Ordinal))
        {
            return document["$defs"]?[Syntax.JsonPointer.Unescape(target["#/$defs/".Length..])] as JsonObject;
        }

        return null;
    }

    /// <summary>Follows <c>$ref</c> chains (bounded) to the schema that holds the keywords.</summary>
    public static JsonObject Dereference(JsonObject document, JsonObject schema)
    {
        for (var i = 0; i < 16 && Resolve(document, schema) is { } target; i++)
        {
            schema = target;
        }

        return schema;
    }

    /// <summary>The property names a schema (and its <c>allOf</c> parts) allows.</summary>
    public static IEnumerable<string> PropertyNames(JsonObject document, JsonObject schema)
    {
        schema = Dereference(document, schema);
        var names = new List<string>();
        if (schema["properties"] is JsonObject properties)
        {
            names.AddRange(properties.Select(p => p.Key));
        }

        if (schema["allOf"] is JsonArray parts)
        {
            foreach (var part in parts.OfType<JsonObject>())
            {
                if (Dereference(document, part)["properties"] is JsonObject more)
                {
                    names.AddRange(more.Select(p => p.Key));
                }
            }
        }

        return names.Distinct(StringComparer.Ordinal);
    }
}
