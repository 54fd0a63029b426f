using System.Text.Json.Nodes;

namespace GitOpsLint.Schemas;

/// <summary>
/// Answers "how does a strategic merge combine this field?" for a group/version/kind and a path of field names
/// (<c>["spec", "template", "spec", "containers"]</c> → strategy <c>merge</c>, merge key <c>name</c>). List items
/// are stepped into implicitly. Reads the shipped schemas, or a run's catalog (repository CRDs and configured folders
/// first).
/// </summary>
public sealed class PatchMetadataLookup
{
    private const int MaxSteps = 64;

    private readonly SchemaCatalog catalog;

    private PatchMetadataLookup(SchemaCatalog catalog) => this.catalog = catalog;

    /// <summary>A lookup over the shipped schemas.</summary>
    public static PatchMetadataLookup Shipped() => new(SchemaCatalog.ShippedOnly());

    /// <summary>A lookup over the schemas of a run (the repository's CRDs, configured folders, then shipped).</summary>
    public static PatchMetadataLookup For(Model.Repository repository) => new(SchemaCatalog.For(repository));

    /// <summary>The field's patch metadata; null when the kind or the path is unknown. A field without annotations gives all-null metadata.</summary>
    public PatchMetadata? Find(string group, string version, string kind, IReadOnlyList<string> fieldPath)
    {
        if (catalog.VersionsOf(group, kind)?.Find(version) is not { } entry || fieldPath.Count > MaxSteps)
        {
            return null;
        }

        var definitions = entry.Bundle.Definitions;
        JsonObject? current = Resolve(entry.Kind.Schema, definitions);
        for (var step = 0; step < fieldPath.Count; step++)
        {
            var name = fieldPath[step];
            if (current is null)
            {
                return null;
            }

            if (current["items"] is JsonObject items && current["properties"] is null)
            {
                current = Resolve(items, definitions);
            }

            current = current?["properties"]?[name] is JsonObject property
                ? property
                : current?["additionalProperties"] as JsonObject;
            if (current is null)
            {
                return null;
            }

            // Annotations sit on the property itself, next to its $ref; keep them before following the reference.
            if (step == fieldPath.Count - 1)
            {
                var target = Resolve(current, definitions) ?? current;
                return new PatchMetadata(
                    Text(current, "x-kubernetes-patch-strategy") ?? Text(target, "x-kubernetes-patch-strategy"),
                    Text(current, "x-kubernetes-patch-merge-key") ?? Text(target, "x-kubernetes-patch-merge-key"),
                    Text(current, "x-kubernetes-list-type") ?? Text(target, "x-kubernetes-list-type"),
                    ((current["x-kubernetes-list-map-keys"] ?? target["x-kubernetes-list-map-keys"]) as JsonArray ?? [])
                        .Select(k => k?.GetValue<string>()).OfType<string>().ToArray());
            }

            current = Resolve(current, definitions);
        }

        return null;
    }

    private static JsonObject? Resolve(JsonObject schema, JsonObject definitions)
    {
        for (var i = 0; i < 16 && schema["$ref"] is JsonValue reference && reference.TryGetValue<string>(out var target) && target.StartsWith("#/$defs/", StringComparison.Ordinal); i++)
        {
            if (definitions[Syntax.JsonPointer.Unescape(target["#/$defs/".Length..])] is not JsonObject next)
            {
                return null;
            }

            schema = next;
        }

        return schema;
    }

    private static string? Text(JsonObject schema, string key) => schema[key] is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;
}
