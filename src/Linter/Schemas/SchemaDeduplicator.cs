using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;

namespace GitOpsLint.Schemas;

/// <summary>
/// Shrinks a bundle by hoisting subschemas that occur more than once (the pod template that Argo Rollouts embeds in
/// every analysis provider, the same field in several CRD versions) into <c>$defs</c>, named by a hash of their
/// content so the output is deterministic.
/// </summary>
internal static class SchemaDeduplicator
{
    /// <summary>Smaller subschemas stay inline: a reference would not save much and makes the schema harder to read.</summary>
    private const int MinimumSize = 400;

    public static SchemaBundle Deduplicate(SchemaBundle bundle)
    {
        var kinds = bundle.Kinds.Select(k => k with { Schema = (JsonObject)k.Schema.DeepClone() }).ToArray();
        var definitions = (JsonObject)bundle.Definitions.DeepClone();

        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var kind in kinds)
        {
            Count(kind.Schema, counts);
        }

        foreach (var (_, definition) in definitions)
        {
            if (definition is JsonObject obj)
            {
                Count(obj, counts);
            }
        }

        var hoisted = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var kind in kinds)
        {
            ReplaceChildren(kind.Schema, counts, hoisted, definitions);
        }

        foreach (var name in definitions.Select(p => p.Key).ToArray())
        {
            if (definitions[name] is JsonObject obj && !hoisted.ContainsValue(name))
            {
                ReplaceChildren(obj, counts, hoisted, definitions);
            }
        }

        var sorted = new JsonObject();
        foreach (var (name, definition) in definitions.OrderBy(p => p.Key, StringComparer.Ordinal).ToArray())
        {
            definitions.Remove(name);
            sorted[name] = definition;
        }

        return new SchemaBundle(bundle.Source, kinds, sorted);
    }

    private static string Count(JsonObject schema, Dictionary<string, int> counts)
    {
        SchemaWalker.ForEachChild(schema, (child, _) => Count(child, counts));
        var text = schema.ToJsonString(DeepJson.Options);
        if (text.Length >= MinimumSize)
        {
            counts[text] = counts.GetValueOrDefault(text) + 1;
        }

        return text;
    }

    private static void ReplaceChildren(JsonObject schema, Dictionary<string, int> counts, Dictionary<string, string> hoisted, JsonObject definitions)
    {
        SchemaWalker.ForEachChild(schema, (child, replace) =>
        {
            var text = child.ToJsonString(DeepJson.Options);
            if (text.Length >= MinimumSize && counts.GetValueOrDefault(text) > 1)
            {
                if (!hoisted.TryGetValue(text, out var name))
                {
                    name = "h" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..16];
                    hoisted[text] = name;
                    var definition = (JsonObject)child.DeepClone();
                    ReplaceChildren(definition, counts, hoisted, definitions);
                    definitions[name] = definition;
                }

                replace(new JsonObject { ["$ref"] = "#/$defs/" + name });
            }
            else
            {
                ReplaceChildren(child, counts, hoisted, definitions);
            }
        });
    }
}
