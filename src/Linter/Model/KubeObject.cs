using GitOpsLint.Diagnostics;
using GitOpsLint.Syntax;

namespace GitOpsLint.Model;

/// <summary>
/// A Kubernetes object (any document with <c>apiVersion</c> and <c>kind</c>), from a repository file or rendered by a
/// unit. Rules read objects through this type so the same rule checks source manifests and rendered output alike.
/// </summary>
public sealed class KubeObject
{
    public KubeObject(YamlDocument document, YamlMapping root, ObjectOrigin origin)
    {
        Document = document;
        Root = root;
        Origin = origin;
        ApiVersion = root.GetString("apiVersion") ?? string.Empty;
        Kind = root.GetString("kind") ?? string.Empty;
        var metadata = root.GetMapping("metadata");
        Name = metadata?.GetString("name") ?? string.Empty;
        Namespace = metadata?.GetString("namespace");
        var slash = ApiVersion.IndexOf('/');
        Group = slash < 0 ? string.Empty : ApiVersion[..slash];
        Version = slash < 0 ? ApiVersion : ApiVersion[(slash + 1)..];
    }

    public YamlDocument Document { get; }

    public YamlMapping Root { get; }

    public ObjectOrigin Origin { get; }

    public string ApiVersion { get; }

    /// <summary>API group ("" for the core group).</summary>
    public string Group { get; }

    public string Version { get; }

    public string Kind { get; }

    public string Name { get; }

    /// <summary>metadata.namespace as written; null when absent.</summary>
    public string? Namespace { get; }

    public YamlMapping? Metadata => Root.GetMapping("metadata");

    public YamlMapping? Spec => Root.GetMapping("spec");

    public string? GetAnnotation(string key) => Metadata?.GetMapping("annotations")?.GetString(key);

    public string? GetLabel(string key) => Metadata?.GetMapping("labels")?.GetString(key);

    /// <summary>The location to report a finding on <paramref name="node"/>: the source text, through provenance for rendered objects.</summary>
    public Location LocationOf(YamlNode node) => Origin.Locate(this, node);

    /// <summary>The location of the key of the entry at <paramref name="pointer"/> (e.g. underline <c>revisionHistoryLimit:</c>), falling back to the closest existing ancestor.</summary>
    public Location LocationOfKey(string pointer)
    {
        var node = FindKeyOrClosest(pointer);
        return LocationOf(node);
    }

    /// <summary>"Deployment myapp" or "Deployment prod/myapp", for messages.</summary>
    public string DisplayName => Namespace is { Length: > 0 } ns ? $"{Kind} {ns}/{Name}" : $"{Kind} {Name}";

    private YamlNode FindKeyOrClosest(string pointer)
    {
        YamlNode current = Root;
        foreach (var token in JsonPointer.Split(pointer))
        {
            switch (current)
            {
                case YamlMapping mapping when mapping.GetEntry(token) is { } entry:
                    if (entry.Value is YamlScalar)
                    {
                        current = entry.Key;
                        return current;
                    }

                    current = entry.Value;
                    continue;
                case YamlSequence sequence when int.TryParse(token, out var index) && index >= 0 && index < sequence.Items.Count:
                    current = sequence.Items[index];
                    continue;
            }

            return current;
        }

        return current;
    }
}
