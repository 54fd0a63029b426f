using GitOpsLint.Rendering.Kustomize.Nodes;
using GitOpsLint.Rendering.Kustomize.Resources;

namespace GitOpsLint.Rendering.Kustomize.Patching;

/// <summary>
/// One entry of <c>patches</c>, <c>patchesStrategicMerge</c> or <c>patchesJson6902</c>: a strategic-merge patch (one or
/// more objects) or a JSON 6902 patch (a list of operations), applied to the objects a target selects, or, for a
/// strategic-merge patch without a target, to the one object whose identity the patch names.
/// </summary>
internal sealed class PatchTransformer(IReadOnlyList<KNode> documents, string patchPath, ResourceSelector? target, bool allowNameChange, bool allowKindChange, NodeOrigin? origin, IPatchMetadata metadata)
{
    public void Transform(ResourceMap map)
    {
        if (documents.Count == 1 && documents[0] is KSequence operations)
        {
            ApplyJsonPatch(map, operations);
            return;
        }

        foreach (var document in documents)
        {
            if (document is not KMapping patch)
            {
                throw BuildStop.At(document.Origin, patchPath, "unable to parse SM or JSON patch: a patch must be an object or a list of operations");
            }

            if (target is null)
            {
                ApplyToNamedObject(map, patch);
                continue;
            }

            foreach (var resource in target.Select(map))
            {
                var copy = (KMapping)patch.DeepClone();
                copy.Set("apiVersion", KScalar.String(resource.ApiVersion));
                ApplyStrategicMerge(map, resource, copy);
            }
        }
    }

    private void ApplyJsonPatch(ResourceMap map, KSequence operations)
    {
        if (target is null)
        {
            throw BuildStop.At(origin, patchPath, "must specify a target for JSON patch", "add a 'target' that selects the objects to patch");
        }

        foreach (var resource in target.Select(map))
        {
            var error = JsonPatch.Apply(resource.Root, operations);
            if (error is not null)
            {
                throw BuildStop.At(origin, patchPath, $"failed to apply json patch '{patchPath}' to {resource.CurrentId}: {error}");
            }

            if (resource.Root.GetMapping("metadata")?.Get("name") is not KScalar { IsNull: false })
            {
                throw BuildStop.At(origin, patchPath, $"missing metadata.name in object {resource.ApiVersion} {resource.Kind}: the JSON patch '{patchPath}' removed or replaced it");
            }
        }
    }

    private void ApplyToNamedObject(ResourceMap map, KMapping patch)
    {
        var gvk = Gvk.FromApiVersion(patch.GetString("apiVersion") ?? string.Empty, patch.GetString("kind") ?? string.Empty);
        var metadataNode = patch.GetMapping("metadata");
        var id = new ResId(gvk, metadataNode?.GetString("name") ?? string.Empty, metadataNode?.GetString("namespace") ?? string.Empty);
        var matches = map.MatchAnyId(id);
        if (matches.Count != 1)
        {
            var reason = matches.Count == 0 ? $"no matches for Id {id}" : $"multiple matches for Id {id}";
            throw BuildStop.At(
                patch.Origin ?? origin,
                patchPath,
                $"no resource matches strategic merge patch \"{id}\": {reason}; failed to find unique target for patch {id}",
                "the patch names an object (apiVersion, kind, metadata.name, metadata.namespace) that is not in the build; fix the names or add a target");
        }

        ApplyStrategicMerge(map, matches[0], patch);
    }

    private void ApplyStrategicMerge(ResourceMap map, Resource resource, KMapping patch)
    {
        var name = resource.Name;
        var kind = resource.Kind;
        var @namespace = resource.Namespace;
        var nameOrigin = resource.Root.GetMapping("metadata")?.Get("name")?.Origin;
        if (allowNameChange || allowKindChange)
        {
            resource.StorePreviousId();
        }

        var merged = new StrategicMergePatch(metadata, resource.ApiVersion, kind).Apply(resource.Root, patch);
        if (merged is null)
        {
            map.Remove(resource);
            return;
        }

        resource.Root = merged;
        if (!allowKindChange)
        {
            merged.Set("kind", KScalar.String(kind, merged.Get("kind")?.Origin));
        }

        var meta = merged.GetOrAddMapping("metadata");
        if (!allowNameChange)
        {
            meta.Set("name", KScalar.String(name, nameOrigin));
        }

        if (@namespace.Length > 0)
        {
            meta.Set("namespace", KScalar.String(@namespace, meta.Get("namespace")?.Origin));
        }
        else
        {
            meta.Remove("namespace");
        }
    }
}
