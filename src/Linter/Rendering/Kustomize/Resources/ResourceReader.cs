using GitOpsLint.Rendering.Kustomize.Configuration;
using GitOpsLint.Rendering.Kustomize.Nodes;

namespace GitOpsLint.Rendering.Kustomize.Resources;

/// <summary>Reads the objects of a resource file: every non-empty document, with <c>kind: *List</c> documents expanded into their items.</summary>
internal static class ResourceReader
{
    public static IReadOnlyList<Resource> Read(KustomizeFiles files, string path, NodeOrigin? origin, string referrerPath)
    {
        var resources = new List<Resource>();
        foreach (var document in KustomizeFiles.ParseDocuments(path, files.ReadText(path, origin, referrerPath)))
        {
            resources.AddRange(FromDocument(document, path));
        }

        return resources;
    }

    public static IEnumerable<Resource> FromDocument(KNode document, string path)
    {
        if (document is not KMapping mapping)
        {
            throw BuildStop.At(document.Origin, path, $"MalformedYAMLError: a resource must be a mapping in File: {path}");
        }

        if (mapping.Count == 0)
        {
            yield break;
        }

        if (mapping.GetString("kind") is { } kind && kind.EndsWith("List", StringComparison.Ordinal) && mapping.Get("items") is KSequence items)
        {
            foreach (var item in items.Items)
            {
                foreach (var resource in FromDocument(item, path))
                {
                    yield return resource;
                }
            }

            yield break;
        }

        if (mapping.GetString("kind") is null)
        {
            throw BuildStop.At(mapping.Origin, path, $"missing Resource metadata: the object has no kind in File: {path}");
        }

        if (mapping.GetMapping("metadata")?.GetString("name") is null)
        {
            throw BuildStop.At(mapping.Origin, path, $"missing metadata.name in object {mapping.GetString("kind")} in File: {path}");
        }

        yield return new Resource(mapping, path);
    }
}
