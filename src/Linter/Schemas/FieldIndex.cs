using System.Text.Json.Nodes;

namespace GitOpsLint.Schemas;

/// <summary>
/// Every place a field name is allowed in a kind's schema ("revisionHistoryLimit" → "spec"), so an unknown field can be
/// pointed to where it belongs. Built by walking the schema from its root, following references once per path and
/// stopping at a bounded depth and size: recursive schemas (JSONSchemaProps) end, and huge ones stay cheap.
/// </summary>
internal sealed class FieldIndex
{
    private const int MaxDepth = 14;
    private const int MaxEntries = 60_000;

    private readonly Dictionary<string, List<string>> parentsByName = new(StringComparer.Ordinal);
    private int entries;

    public FieldIndex(JsonObject document)
    {
        Walk(document, document, string.Empty, 0, []);
    }

    /// <summary>Dotted parent paths (<c>spec.template.spec.containers[]</c>) where <paramref name="name"/> is a field, in schema order.</summary>
    public IReadOnlyList<string> ParentsOf(string name) => parentsByName.TryGetValue(name, out var parents) ? parents : [];

    private void Walk(JsonObject document, JsonObject schema, string path, int depth, HashSet<string> activeRefs)
    {
        if (depth > MaxDepth || entries > MaxEntries)
        {
            return;
        }

        string? reference = null;
        if (SchemaNavigator.Resolve(document, schema) is { } target)
        {
            reference = schema["$ref"]!.GetValue<string>();
            if (!activeRefs.Add(reference))
            {
                return;
            }

            schema = target;
        }

        if (schema["properties"] is JsonObject properties)
        {
            foreach (var (name, property) in properties)
            {
                if (!parentsByName.TryGetValue(name, out var parents))
                {
                    parents = [];
                    parentsByName[name] = parents;
                }

                parents.Add(path);
                entries++;
                if (property is JsonObject child)
                {
                    Walk(document, child, path.Length == 0 ? name : path + "." + name, depth + 1, activeRefs);
                }
            }
        }

        if (schema["items"] is JsonObject items)
        {
            Walk(document, items, path + "[]", depth + 1, activeRefs);
        }

        if (schema["additionalProperties"] is JsonObject values)
        {
            Walk(document, values, path + ".*", depth + 1, activeRefs);
        }

        foreach (var keyword in SchemaWalker.SchemaListKeywords)
        {
            if (schema[keyword] is JsonArray parts)
            {
                foreach (var part in parts.OfType<JsonObject>())
                {
                    Walk(document, part, path, depth + 1, activeRefs);
                }
            }
        }

        if (reference is not null)
        {
            activeRefs.Remove(reference);
        }
    }
}
