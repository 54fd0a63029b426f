using System.Text.Json.Nodes;
using GitOpsLint.Syntax;

namespace GitOpsLint.Schemas;

/// <summary>
/// Reads CustomResourceDefinition manifests (apiextensions.k8s.io/v1, and v1beta1's top-level
/// <c>validation</c>) into kind schemas: one per version listed, with its <c>served</c>, <c>storage</c>,
/// <c>deprecated</c> and <c>deprecationWarning</c> flags.
/// </summary>
internal static class CrdReader
{
    /// <summary>Whether a YAML document is a CRD.</summary>
    public static bool IsCrd(YamlMapping root) =>
        root.GetString("kind") == "CustomResourceDefinition" && (root.GetString("apiVersion") ?? string.Empty).StartsWith("apiextensions.k8s.io/", StringComparison.Ordinal);

    /// <summary>Every CRD in a YAML stream (multi-document files, bundles), in order.</summary>
    public static IReadOnlyList<KindSchema> ReadFile(string path, byte[] bytes)
    {
        var file = YamlParser.Parse(path, bytes, YamlParseOptions.Default with { MaxFileBytes = 64 * 1024 * 1024 });
        var result = new List<KindSchema>();
        foreach (var document in file.Documents)
        {
            if (document.Root is YamlMapping root && IsCrd(root))
            {
                result.AddRange(Read(root));
            }
        }

        return result;
    }

    /// <summary>The kind schemas of one CRD document (empty when it names no group or kind).</summary>
    public static IReadOnlyList<KindSchema> Read(YamlMapping crd)
    {
        var spec = crd.GetMapping("spec");
        var group = spec?.GetString("group");
        var kind = spec?.GetMapping("names")?.GetString("kind");
        if (spec is null || group is null || kind is null)
        {
            return [];
        }

        var scope = spec.GetString("scope");
        var sharedSchema = spec.GetMapping("validation")?.GetValue("openAPIV3Schema");
        var result = new List<KindSchema>();
        if (spec.GetSequence("versions") is { } versions)
        {
            foreach (var item in versions.Items.OfType<YamlMapping>())
            {
                var name = item.GetString("name");
                if (name is null)
                {
                    continue;
                }

                var schemaNode = item.GetMapping("schema")?.GetValue("openAPIV3Schema") ?? sharedSchema;
                result.Add(new KindSchema(group, name, kind, ConvertRoot(schemaNode))
                {
                    Served = IsTrue(item, "served", true),
                    Storage = IsTrue(item, "storage", false),
                    Deprecated = IsTrue(item, "deprecated", false),
                    DeprecationWarning = item.GetString("deprecationWarning"),
                    Scope = scope,
                });
            }
        }
        else if (spec.GetString("version") is { } single)
        {
            result.Add(new KindSchema(group, single, kind, ConvertRoot(sharedSchema)) { Scope = scope });
        }

        return result;
    }

    private static JsonObject ConvertRoot(YamlNode? schema)
    {
        if (schema is null)
        {
            // A CRD version without a schema accepts any content (apiextensions v1beta1 allowed it).
            return [];
        }

        var converted = StructuralSchemaConverter.Convert(YamlToJson.ToNode(schema));

        // Every custom resource has apiVersion, kind and metadata even when the CRD's schema does not list them.
        if (converted["properties"] is JsonObject properties)
        {
            properties.TryAdd("apiVersion", new JsonObject { ["type"] = "string" });
            properties.TryAdd("kind", new JsonObject { ["type"] = "string" });
            properties.TryAdd("metadata", new JsonObject { ["type"] = "object" });
        }

        return converted;
    }

    private static bool IsTrue(YamlMapping mapping, string key, bool fallback) =>
        mapping.GetValue(key) is YamlScalar { Resolved: { Type: ScalarType.Bool, Value: bool value } } ? value : fallback;
}
