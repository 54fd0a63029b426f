using System.Collections.Concurrent;

namespace GitOpsLint.Schemas;

/// <summary>
/// An imported folder with an <c>index.json</c> (the shipped <c>schemas/</c>): bundles are read on first use, so a
/// repository with three kinds reads three files, not the whole folder.
/// </summary>
internal sealed class IndexedSchemaSource : ISchemaSource
{
    private readonly Func<string, string?> readFile;
    private readonly SchemaIndex index;
    private readonly ILookup<string, string> filesByGroupKind;
    private readonly ConcurrentDictionary<string, Lazy<SchemaBundle?>> bundles = new(StringComparer.Ordinal);

    /// <param name="displayName">For messages.</param>
    /// <param name="readFile">Reads a file of the folder by name; null when missing.</param>
    public IndexedSchemaSource(string displayName, Func<string, string?> readFile)
    {
        DisplayName = displayName;
        this.readFile = readFile;
        index = SchemaIndex.Parse(readFile(SchemaImporter.IndexFileName) ?? throw new InvalidDataException($"{displayName}: no {SchemaImporter.IndexFileName}"), displayName);
        filesByGroupKind = index.FilesByKey.ToLookup(p => GroupKindOf(p.Key), p => p.Value, StringComparer.Ordinal);
    }

    public string DisplayName { get; }

    /// <summary>A folder on disk (the shipped schemas next to the program).</summary>
    public static IndexedSchemaSource FromDirectory(string directory) =>
        new(directory, name =>
        {
            var path = Path.Combine(directory, name);
            return File.Exists(path) ? File.ReadAllText(path) : null;
        });

    public IReadOnlyList<(KindSchema Kind, SchemaBundle Bundle)> VersionsOf(string group, string kind)
    {
        var result = new List<(KindSchema, SchemaBundle)>();
        foreach (var file in filesByGroupKind[group + "/" + kind].Distinct(StringComparer.Ordinal))
        {
            var bundle = bundles.GetOrAdd(file, name => new Lazy<SchemaBundle?>(() => Load(name), LazyThreadSafetyMode.ExecutionAndPublication)).Value;
            if (bundle is null)
            {
                continue;
            }

            foreach (var entry in bundle.Kinds)
            {
                if (entry.Group == group && entry.Kind == kind)
                {
                    result.Add((entry, bundle));
                }
            }
        }

        return result;
    }

    /// <summary>The bundle holding the Kubernetes API (for ObjectMeta), when the folder has one.</summary>
    public SchemaBundle? KubernetesBundle =>
        index.FilesByKey.Values.Contains(SchemaImporter.KubernetesFileName, StringComparer.Ordinal)
            ? bundles.GetOrAdd(SchemaImporter.KubernetesFileName, name => new Lazy<SchemaBundle?>(() => Load(name), LazyThreadSafetyMode.ExecutionAndPublication)).Value
            : null;

    private SchemaBundle? Load(string name) => readFile(name) is { } json ? SchemaBundle.Parse(json, DisplayName + "/" + name) : null;

    private static string GroupKindOf(string key)
    {
        // "group/version/Kind": drop the version.
        var first = key.IndexOf('/');
        var last = key.LastIndexOf('/');
        return key[..first] + "/" + key[(last + 1)..];
    }
}
