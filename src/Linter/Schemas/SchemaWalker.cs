using System.Text.Json.Nodes;

namespace GitOpsLint.Schemas;

/// <summary>Knows where subschemas sit inside a JSON Schema object, so that tools rewrite schemas, not data (enums, defaults).</summary>
internal static class SchemaWalker
{
    /// <summary>Keywords whose value is one subschema.</summary>
    public static readonly string[] SingleSchemaKeywords = ["additionalProperties", "items", "not", "additionalItems", "contains", "propertyNames"];

    /// <summary>Keywords whose value is a list of subschemas.</summary>
    public static readonly string[] SchemaListKeywords = ["allOf", "anyOf", "oneOf"];

    /// <summary>Keywords whose value maps names to subschemas.</summary>
    public static readonly string[] SchemaMapKeywords = ["properties", "patternProperties", "$defs"];

    /// <summary>Calls <paramref name="visit"/> with every direct subschema of <paramref name="schema"/> and a setter that replaces it.</summary>
    public static void ForEachChild(JsonObject schema, Action<JsonObject, Action<JsonNode>> visit)
    {
        foreach (var keyword in SingleSchemaKeywords)
        {
            if (schema[keyword] is JsonObject child)
            {
                visit(child, replacement => schema[keyword] = replacement);
            }
        }

        foreach (var keyword in SchemaListKeywords)
        {
            if (schema[keyword] is JsonArray list)
            {
                for (var i = 0; i < list.Count; i++)
                {
                    var index = i;
                    if (list[index] is JsonObject child)
                    {
                        visit(child, replacement => list[index] = replacement);
                    }
                }
            }
        }

        foreach (var keyword in SchemaMapKeywords)
        {
            if (schema[keyword] is JsonObject map)
            {
                foreach (var name in map.Select(p => p.Key).ToArray())
                {
                    if (map[name] is JsonObject child)
                    {
                        visit(child, replacement => map[name] = replacement);
                    }
                }
            }
        }
    }

    /// <summary>The names of the definitions <paramref name="roots"/> reach through <c>#/$defs/</c> references, transitively.</summary>
    public static HashSet<string> ReachableDefinitions(IEnumerable<JsonNode> roots, JsonObject definitions)
    {
        var reached = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<JsonNode>(roots);
        while (pending.Count > 0)
        {
            var node = pending.Pop();
            switch (node)
            {
                case JsonObject obj:
                    foreach (var (key, value) in obj)
                    {
                        if (key == "$ref" && value is JsonValue reference && reference.TryGetValue<string>(out var target)
                            && target.StartsWith("#/$defs/", StringComparison.Ordinal))
                        {
                            var name = Syntax.JsonPointer.Unescape(target["#/$defs/".Length..]);
                            if (reached.Add(name) && definitions[name] is JsonNode definition)
                            {
                                pending.Push(definition);
                            }
                        }
                        else if (value is not null)
                        {
                            pending.Push(value);
                        }
                    }

                    break;
                case JsonArray array:
                    foreach (var item in array)
                    {
                        if (item is not null)
                        {
                            pending.Push(item);
                        }
                    }

                    break;
            }
        }

        return reached;
    }
}
