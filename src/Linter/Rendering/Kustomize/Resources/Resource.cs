using GitOpsLint.Rendering.Kustomize.Nodes;

namespace GitOpsLint.Rendering.Kustomize.Resources;

/// <summary>
/// An object during a build, with the bookkeeping kustomize keeps in internal annotations: the identities it had before
/// renames (so references and patches written against old names still find it), the prefixes and suffixes applied,
/// and, for generated objects, the merge behavior and whether a hash suffix is due.
/// </summary>
internal sealed class Resource
{
    public Resource(KMapping root, string sourcePath)
    {
        Root = root;
        SourcePath = sourcePath;
    }

    public KMapping Root { get; set; }

    /// <summary>The file the object was read from, or the kustomization file of the generator that made it.</summary>
    public string SourcePath { get; }

    public List<ResId> PreviousIds { get; } = [];

    public List<string> Prefixes { get; } = [];

    public List<string> Suffixes { get; } = [];

    public GeneratorBehavior Behavior { get; set; }

    public bool NeedsHashSuffix { get; set; }

    public string ApiVersion => Root.GetString("apiVersion") ?? string.Empty;

    public string Kind => Root.GetString("kind") ?? string.Empty;

    public Gvk Gvk => Gvk.FromApiVersion(ApiVersion, Kind);

    public string Name
    {
        get => Root.GetMapping("metadata")?.GetString("name") ?? string.Empty;
        set
        {
            var metadata = Root.GetOrAddMapping("metadata");
            var origin = metadata.Get("name")?.Origin;
            metadata.Set("name", KScalar.String(value, origin));
        }
    }

    public string Namespace => Root.GetMapping("metadata")?.GetString("namespace") ?? string.Empty;

    public ResId CurrentId => new(Gvk, Name, Namespace);

    public ResId OriginalId => PreviousIds.Count > 0 ? PreviousIds[0] : CurrentId;

    public IEnumerable<ResId> AllIds => PreviousIds.Append(CurrentId);

    public void StorePreviousId() => PreviousIds.Add(CurrentId);

    public bool PrefixesSuffixesEqual(Resource other) => Prefixes.SequenceEqual(other.Prefixes) && Suffixes.SequenceEqual(other.Suffixes);

    public Resource Clone()
    {
        var copy = new Resource((KMapping)Root.DeepClone(), SourcePath)
        {
            Behavior = Behavior,
            NeedsHashSuffix = NeedsHashSuffix,
        };
        copy.PreviousIds.AddRange(PreviousIds);
        copy.Prefixes.AddRange(Prefixes);
        copy.Suffixes.AddRange(Suffixes);
        return copy;
    }
}
