using GitOpsLint.Rendering.Kustomize.Nodes;

namespace GitOpsLint.Rendering.Kustomize.Resources;

/// <summary>kustomize's ResMap: objects in insertion order, unique by current identity.</summary>
internal sealed class ResourceMap
{
    private readonly List<Resource> resources = [];

    public IReadOnlyList<Resource> Resources => resources;

    public void Append(Resource resource, NodeOrigin? origin = null)
    {
        var id = resource.CurrentId;
        if (resources.Any(r => r.CurrentId.Matches(id)))
        {
            throw BuildStop.At(origin, resource.SourcePath, $"may not add resource with an already registered id: {id}", "two objects with the same kind, name and namespace cannot be in one build");
        }

        resources.Add(resource);
    }

    public void AppendAll(ResourceMap other, NodeOrigin? origin = null)
    {
        foreach (var resource in other.resources)
        {
            Append(resource, origin);
        }
    }

    public void Replace(Resource old, Resource replacement) => resources[resources.IndexOf(old)] = replacement;

    public void Remove(Resource resource) => resources.Remove(resource);

    public void ReplaceAll(IEnumerable<Resource> ordered)
    {
        var list = ordered.ToList();
        resources.Clear();
        resources.AddRange(list);
    }

    /// <summary>Objects whose current or any previous identity matches <paramref name="id"/>.</summary>
    public IReadOnlyList<Resource> MatchAnyId(ResId id) => resources.Where(r => r.AllIds.Any(i => i.Matches(id))).ToArray();

    public IReadOnlyList<Resource> MatchCurrentId(ResId id) => resources.Where(r => r.CurrentId.Matches(id)).ToArray();
}
