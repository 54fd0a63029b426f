using GitOpsLint.Rendering.Kustomize.Nodes;
using GitOpsLint.Rendering.Kustomize.Resources;

namespace GitOpsLint.Rendering.Kustomize.Transformers;

/// <summary>
/// kustomize's <c>crds:</c> field: OpenAPI definitions (a JSON or YAML map of type name to <c>{Schema: ...}</c>, the
/// Go OpenAPIDefinition shape kustomize decodes) whose properties carry
/// <c>x-kubernetes-object-ref-kind</c>/<c>-api-version</c> (name references), <c>x-kubernetes-label-selector</c> and
/// <c>x-kubernetes-annotation</c> (label and annotation fields). Types are matched by kind only, the last dot-separated
/// part of the type name, and <c>$ref</c>s to other definitions are followed, as kustomize does.
/// </summary>
internal static class CrdConfigLoader
{
    public static void Load(KNode document, TransformerConfig config)
    {
        if (document is not KMapping definitions)
        {
            return;
        }

        foreach (var entry in definitions.Entries)
        {
            if (SchemaOf(definitions, entry.Key)?.GetMapping("properties") is { } properties
                && properties.ContainsKey("kind") && properties.ContainsKey("apiVersion") && properties.ContainsKey("metadata"))
            {
                var kind = entry.Key[(entry.Key.LastIndexOf('.') + 1)..];
                Walk(definitions, entry.Key, kind, [], config, depth: 0);
            }
        }
    }

    /// <summary>Go's JSON decoding matches the struct field "Schema" case-insensitively.</summary>
    private static KMapping? SchemaOf(KMapping definitions, string typeName) =>
        definitions.GetMapping(typeName)?.Entries.FirstOrDefault(e => string.Equals(e.Key, "Schema", StringComparison.OrdinalIgnoreCase))?.Value as KMapping;

    private static void Walk(KMapping definitions, string typeName, string kind, List<string> path, TransformerConfig config, int depth)
    {
        if (depth > 32 || SchemaOf(definitions, typeName)?.GetMapping("properties") is not { } properties)
        {
            return;
        }

        foreach (var property in properties.Entries)
        {
            if (property.Value is not KMapping schema)
            {
                continue;
            }

            var fieldPath = string.Join('/', path.Append(property.Key));
            if (schema.ContainsKey("x-kubernetes-annotation"))
            {
                config.Annotations.Add(FieldSpec.For(kind, fieldPath));
            }

            if (schema.ContainsKey("x-kubernetes-label-selector"))
            {
                config.Labels.Add(FieldSpec.For(kind, fieldPath));
            }

            if (schema.GetString("x-kubernetes-object-ref-api-version") is { } version && schema.GetString("x-kubernetes-object-ref-kind") is { } targetKind)
            {
                var nameKey = schema.GetString("x-kubernetes-object-ref-name-key") ?? "name";
                config.AddNameReference(new Gvk(string.Empty, version, targetKind), FieldSpec.For(kind, fieldPath + "/" + nameKey));
            }

            if (schema.GetString("$ref") is { } reference)
            {
                path.Add(property.Key);
                Walk(definitions, reference, kind, path, config, depth + 1);
                path.RemoveAt(path.Count - 1);
            }
        }
    }
}
