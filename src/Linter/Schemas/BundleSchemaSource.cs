namespace GitOpsLint.Schemas;

/// <summary>Kinds from bundles held in memory (a configured folder without index, the repository's CRDs).</summary>
internal sealed class BundleSchemaSource : ISchemaSource
{
    private readonly ILookup<string, (KindSchema Kind, SchemaBundle Bundle)> byGroupKind;

    public BundleSchemaSource(string displayName, IEnumerable<SchemaBundle> bundles)
    {
        DisplayName = displayName;
        byGroupKind = bundles.SelectMany(b => b.Kinds.Select(k => (k, b))).ToLookup(e => e.k.Group + "/" + e.k.Kind, StringComparer.Ordinal);
    }

    public string DisplayName { get; }

    public bool IsEmpty => byGroupKind.Count == 0;

    public IReadOnlyList<(KindSchema Kind, SchemaBundle Bundle)> VersionsOf(string group, string kind) => byGroupKind[group + "/" + kind].ToArray();
}
