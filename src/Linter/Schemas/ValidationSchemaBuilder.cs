using System.Text.Json.Nodes;

namespace GitOpsLint.Schemas;

/// <summary>
/// Builds the self-contained JSON Schema document one kind is validated with: the kind's schema, the definitions it
/// reaches, and nothing the evaluator does not need (Kubernetes annotations, formats the API server does not check).
/// </summary>
internal static class ValidationSchemaBuilder
{
    public const string ObjectMetaDefinition = "io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta";

    /// <summary>Formats the API server checks on custom resources and the evaluator knows the same way.</summary>
    private static readonly HashSet<string> CheckedFormats = new(StringComparer.Ordinal) { "date-time", "date", "ipv4", "ipv6", "uuid" };

    /// <param name="kind">The kind.</param>
    /// <param name="definitions">The <c>$defs</c> of the kind's bundle.</param>
    /// <param name="kubernetesDefinitions">The Kubernetes API's definitions, when known: custom resources then get <c>metadata</c> checked as ObjectMeta.</param>
    public static JsonObject Build(KindSchema kind, JsonObject definitions, JsonObject? kubernetesDefinitions)
    {
        var document = Strip(kind.Schema);
        var defs = new JsonObject();
        foreach (var name in SchemaWalker.ReachableDefinitions([kind.Schema], definitions).Order(StringComparer.Ordinal))
        {
            if (definitions[name] is JsonObject definition)
            {
                defs[name] = Strip(definition);
            }
        }

        if (kubernetesDefinitions?[ObjectMetaDefinition] is JsonObject objectMeta
            && document["properties"] is JsonObject properties
            && properties["metadata"] is JsonObject metadata && metadata.Count == 1 && metadata["type"]?.GetValue<string>() == "object"
            && !defs.ContainsKey(ObjectMetaDefinition))
        {
            properties["metadata"] = new JsonObject { ["$ref"] = "#/$defs/" + ObjectMetaDefinition };
            foreach (var name in SchemaWalker.ReachableDefinitions([objectMeta], kubernetesDefinitions).Append(ObjectMetaDefinition))
            {
                if (!defs.ContainsKey(name) && kubernetesDefinitions[name] is JsonObject definition)
                {
                    defs[name] = Strip(definition);
                }
            }
        }

        document["$schema"] = "https://json-schema.org/draft/2020-12/schema";
        if (defs.Count > 0)
        {
            document["$defs"] = defs;
        }

        return document;
    }

    /// <summary>A copy of <paramref name="schema"/> without annotations the evaluator would only carry around.</summary>
    public static JsonObject Strip(JsonObject schema)
    {
        var result = new JsonObject();
        foreach (var (key, value) in schema)
        {
            if (key.StartsWith("x-", StringComparison.Ordinal) || key is "$schema" || (key == "format" && !(value is JsonValue f && f.TryGetValue<string>(out var format) && CheckedFormats.Contains(format))))
            {
                continue;
            }

            if (value is JsonObject child && SchemaWalker.SingleSchemaKeywords.Contains(key))
            {
                result[key] = Strip(child);
            }
            else if (value is JsonArray list && SchemaWalker.SchemaListKeywords.Contains(key))
            {
                result[key] = new JsonArray(list.Select(item => item is JsonObject o ? Strip(o) : item?.DeepClone()).ToArray());
            }
            else if (value is JsonObject map && SchemaWalker.SchemaMapKeywords.Contains(key))
            {
                var stripped = new JsonObject();
                foreach (var (name, property) in map)
                {
                    stripped[name] = property is JsonObject o ? Strip(o) : property?.DeepClone();
                }

                result[key] = stripped;
            }
            else
            {
                result[key] = value?.DeepClone();
            }
        }

        return result;
    }
}
