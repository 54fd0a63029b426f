using System.Text.Json;
using System.Text.Json.Nodes;

namespace GitOpsLint.Schemas;

/// <summary>
/// A set of kind schemas sharing one table of definitions: the unit the importer writes (one compact JSON file)
/// and the validator loads. Shape: <c>{"format", "source", "kinds": [{group, version, kind, served, storage,
/// deprecated, deprecationWarning, scope, schema}], "$defs": {...}}</c>.
/// </summary>
public sealed class SchemaBundle
{
    public const string FormatId = "gitopslint-schemas/1";

    public SchemaBundle(string source, IReadOnlyList<KindSchema> kinds, JsonObject definitions)
    {
        Source = source;
        Kinds = kinds;
        Definitions = definitions;
    }

    /// <summary>What it was imported from (file names), for messages and provenance.</summary>
    public string Source { get; }

    public IReadOnlyList<KindSchema> Kinds { get; }

    /// <summary>Shared definitions, addressed as <c>#/$defs/NAME</c>.</summary>
    public JsonObject Definitions { get; }

    public string ToJson()
    {
        var kinds = new JsonArray();
        foreach (var kind in Kinds)
        {
            var entry = new JsonObject
            {
                ["group"] = kind.Group,
                ["version"] = kind.Version,
                ["kind"] = kind.Kind,
                ["served"] = kind.Served,
                ["storage"] = kind.Storage,
            };
            if (kind.Deprecated)
            {
                entry["deprecated"] = true;
            }

            if (kind.DeprecationWarning is not null)
            {
                entry["deprecationWarning"] = kind.DeprecationWarning;
            }

            if (kind.Scope is not null)
            {
                entry["scope"] = kind.Scope;
            }

            entry["schema"] = kind.Schema.DeepClone();
            kinds.Add(entry);
        }

        var root = new JsonObject
        {
            ["format"] = FormatId,
            ["source"] = Source,
            ["kinds"] = kinds,
            ["$defs"] = Definitions.DeepClone(),
        };
        return root.ToJsonString(DeepJson.Options) + "\n";
    }

    /// <summary>Reads a bundle written by <see cref="ToJson"/>; throws <see cref="InvalidDataException"/> on another shape.</summary>
    public static SchemaBundle Parse(string json, string origin)
    {
        JsonNode? root;
        try
        {
            root = JsonNode.Parse(json, documentOptions: new JsonDocumentOptions { MaxDepth = 512 });
        }
        catch (JsonException exception)
        {
            throw new InvalidDataException($"{origin}: not JSON: {exception.Message}", exception);
        }

        if (root is not JsonObject rootObject || rootObject["format"]?.GetValue<string>() != FormatId || rootObject["kinds"] is not JsonArray kindArray)
        {
            throw new InvalidDataException($"{origin}: not a GitOpsLint schema bundle (expected \"format\": \"{FormatId}\"); create one with `gitopslint schema import`");
        }

        var kinds = new List<KindSchema>();
        foreach (var item in kindArray)
        {
            if (item is not JsonObject entry || entry["schema"] is not JsonObject schema)
            {
                throw new InvalidDataException($"{origin}: a kind entry without a schema");
            }

            kinds.Add(new KindSchema(Text(entry, "group") ?? string.Empty, Text(entry, "version") ?? string.Empty, Text(entry, "kind") ?? string.Empty, schema)
            {
                Served = Flag(entry, "served", true),
                Storage = Flag(entry, "storage", true),
                Deprecated = Flag(entry, "deprecated", false),
                DeprecationWarning = Text(entry, "deprecationWarning"),
                Scope = Text(entry, "scope"),
            });
        }

        var definitions = rootObject["$defs"] as JsonObject ?? [];
        return new SchemaBundle(Text(rootObject, "source") ?? origin, kinds, definitions);
    }

    private static string? Text(JsonObject entry, string name) =>
        entry[name] is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;

    private static bool Flag(JsonObject entry, string name, bool fallback) =>
        entry[name] is JsonValue value && value.TryGetValue<bool>(out var flag) ? flag : fallback;
}
