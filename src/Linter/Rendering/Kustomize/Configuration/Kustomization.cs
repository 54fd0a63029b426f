using GitOpsLint.Rendering.Kustomize.Nodes;

namespace GitOpsLint.Rendering.Kustomize.Configuration;

/// <summary>A loaded kustomization file: its folder, its path and its content, with typed readers for its fields.</summary>
internal sealed class Kustomization(string directory, string filePath, KMapping root)
{
    public string Directory { get; } = directory;

    public string FilePath { get; } = filePath;

    public KMapping Root { get; } = root;

    public string? Kind => Root.GetString("kind");

    public bool IsComponent => Kind == "Component";

    public string? GetString(string field) => Root.GetString(field);

    public NodeOrigin? OriginOf(string field) => Root.Entries.FirstOrDefault(e => e.Key == field)?.KeyOrigin;

    /// <summary>The scalar items of a list field, with where each is written.</summary>
    public IReadOnlyList<(string Value, NodeOrigin? Origin)> GetStringList(string field) =>
        Root.GetSequence(field)?.Items.OfType<KScalar>().Where(s => !s.IsNull).Select(s => (s.Value, s.Origin)).ToArray() ?? [];

    public IReadOnlyList<KMapping> GetMappingList(string field) => Root.GetSequence(field)?.Items.OfType<KMapping>().ToArray() ?? [];

    /// <summary>A string-to-string map field (commonLabels, commonAnnotations) in written order.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> GetStringMap(string field) => ReadStringMap(Root.GetMapping(field));

    public static IReadOnlyList<KeyValuePair<string, string>> ReadStringMap(KMapping? mapping) =>
        mapping?.Entries.Select(e => new KeyValuePair<string, string>(e.Key, e.Value is KScalar { IsNull: false } s ? s.Value : string.Empty)).ToArray() ?? [];

    public static bool ReadBool(KMapping? mapping, string field) =>
        mapping?.Get(field) is KScalar scalar && scalar.Value is "true" or "True" or "TRUE" or "yes" or "on";
}
