using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace GitOpsLint.Schemas;

/// <summary>
/// Converts CustomResourceDefinition manifests (every version's <c>openAPIV3Schema</c>) and the Kubernetes OpenAPI
/// (swagger 2.0) document into schema bundles the validator loads: one compact JSON file per CRD kind
/// (<c>GROUP.KIND.json</c>), <c>kubernetes.json</c> for the built-in API, and <c>index.json</c> mapping every
/// group/version/kind to its file. Inputs are read in order and the first file that defines a version of a kind wins,
/// so pass the newest CRDs first and older multi-version ones after them to keep old versions' flags.
/// </summary>
public static class SchemaImporter
{
    public const string IndexFileName = "index.json";
    public const string KubernetesFileName = "kubernetes.json";

    /// <summary>Imports <paramref name="inputFiles"/> into <paramref name="outputDirectory"/> (created if missing).</summary>
    public static SchemaImportResult Import(IEnumerable<string> inputFiles, string outputDirectory) =>
        Import(inputFiles.Select(SchemaInput.FromFile), outputDirectory);

    public static SchemaImportResult Import(IEnumerable<SchemaInput> inputs, string outputDirectory)
    {
        var (files, kindCount, problems) = Convert(inputs);
        Directory.CreateDirectory(outputDirectory);
        foreach (var (name, content) in files)
        {
            File.WriteAllText(Path.Combine(outputDirectory, name), content, new UTF8Encoding(false));
        }

        return new SchemaImportResult(files.Keys.ToArray(), kindCount, problems);
    }

    /// <summary>The files an import writes (name → content), without writing them: what the shipped-schema test compares.</summary>
    public static (SortedDictionary<string, string> Files, int KindCount, IReadOnlyList<string> Problems) Convert(IEnumerable<SchemaInput> inputs)
    {
        var bundles = Build(inputs, out var problems);
        var files = new SortedDictionary<string, string>(StringComparer.Ordinal);
        var index = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var (fileName, bundle) in bundles)
        {
            files[fileName] = SchemaDeduplicator.Deduplicate(bundle).ToJson();
            foreach (var kind in bundle.Kinds)
            {
                index.TryAdd(kind.Key, fileName);
            }
        }

        var indexJson = new JsonObject { ["format"] = SchemaIndex.FormatId, ["kinds"] = new JsonObject(index.Select(p => KeyValuePair.Create(p.Key, (JsonNode?)p.Value))) };
        files[IndexFileName] = indexJson.ToJsonString(new JsonSerializerOptions { WriteIndented = true }) + "\n";
        return (files, index.Count, problems);
    }

    /// <summary>The bundles (by file name) the inputs give, before deduplication.</summary>
    internal static SortedDictionary<string, SchemaBundle> Build(IEnumerable<SchemaInput> inputs, out IReadOnlyList<string> problems)
    {
        var found = new List<string>();
        var crdKinds = new Dictionary<string, (List<KindSchema> Kinds, List<string> Sources)>(StringComparer.Ordinal);
        var bundles = new SortedDictionary<string, SchemaBundle>(StringComparer.Ordinal);
        foreach (var input in inputs)
        {
            var before = crdKinds.Values.Sum(v => v.Kinds.Count);
            if (LooksLikeJson(input.Content) && TryParseJson(input.Content) is JsonObject json && SwaggerReader.IsSwagger(json))
            {
                if (bundles.ContainsKey(KubernetesFileName))
                {
                    found.Add($"{input.Name}: a second Kubernetes OpenAPI document; only the first is imported");
                    continue;
                }

                bundles[KubernetesFileName] = SwaggerReader.Read(json, input.Name);
                continue;
            }

            IReadOnlyList<KindSchema> kinds;
            try
            {
                kinds = CrdReader.ReadFile(input.Name, input.Content);
            }
            catch (Exception exception) when (exception is InvalidDataException or FormatException or JsonException)
            {
                found.Add($"{input.Name}: {exception.Message}");
                continue;
            }

            if (kinds.Count == 0)
            {
                found.Add($"{input.Name}: no CustomResourceDefinition and not a Kubernetes OpenAPI (swagger 2.0) document");
                continue;
            }

            foreach (var kind in kinds)
            {
                var fileName = FileNameFor(kind);
                if (!crdKinds.TryGetValue(fileName, out var entry))
                {
                    entry = ([], []);
                    crdKinds[fileName] = entry;
                }

                if (!entry.Kinds.Any(k => k.Version == kind.Version))
                {
                    entry.Kinds.Add(kind);
                    if (!entry.Sources.Contains(input.Name))
                    {
                        entry.Sources.Add(input.Name);
                    }
                }
            }
        }

        foreach (var (fileName, (kinds, sources)) in crdKinds)
        {
            bundles[fileName] = new SchemaBundle(string.Join(", ", sources), kinds, []);
        }

        problems = found;
        return bundles;
    }

    /// <summary>"argoproj.io.application.json": group and kind, lower case.</summary>
    internal static string FileNameFor(KindSchema kind) => (kind.Group + "." + kind.Kind).ToLowerInvariant() + ".json";

    private static bool LooksLikeJson(byte[] content)
    {
        foreach (var b in content)
        {
            if (b is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n' or 0xEF or 0xBB or 0xBF)
            {
                continue;
            }

            return b == (byte)'{';
        }

        return false;
    }

    private static JsonNode? TryParseJson(byte[] content)
    {
        try
        {
            return JsonNode.Parse(content, documentOptions: new JsonDocumentOptions { MaxDepth = 512 });
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
