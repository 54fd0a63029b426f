using GitOpsLint.Rendering.Kustomize.Configuration;
using GitOpsLint.Rendering.Kustomize.Nodes;
using GitOpsLint.Rendering.Kustomize.Patching;
using GitOpsLint.Rendering.Kustomize.Resources;

namespace GitOpsLint.Rendering.Kustomize.Transformers;

/// <summary>
/// The built-in transformers of one kustomization, in kustomize's order: patchesStrategicMerge, patches, namespace,
/// name prefix/suffix, labels, annotations, patchesJson6902, replicas, images, replacements.
/// </summary>
internal sealed class TransformerPipeline(Kustomization kustomization, KustomizeFiles files, IPatchMetadata metadata, TransformerConfig config)
{
    public void Run(ResourceMap map)
    {
        foreach (var patch in StrategicMergePatches())
        {
            patch.Transform(map);
        }

        foreach (var entry in kustomization.GetMappingList("patches"))
        {
            var options = entry.GetMapping("options");
            LoadPatch(entry, "patches", Kustomization.ReadBool(options, "allowNameChange"), Kustomization.ReadBool(options, "allowKindChange")).Transform(map);
        }

        if (kustomization.GetString("namespace") is { Length: > 0 } @namespace)
        {
            new NamespaceTransformer(@namespace, kustomization.Root.Get("namespace")?.Origin).Transform(map);
        }

        new PrefixSuffixTransformer(kustomization.GetString("namePrefix") ?? string.Empty, kustomization.GetString("nameSuffix") ?? string.Empty, kustomization.OriginOf("namePrefix") ?? kustomization.OriginOf("nameSuffix")).Transform(map);
        RunLabels(map);
        new MapFieldTransformer(kustomization.GetStringMap("commonAnnotations"), [.. BuiltinFieldSpecs.CommonAnnotations, .. config.Annotations], kustomization.OriginOf("commonAnnotations")).Transform(map);
        foreach (var entry in kustomization.GetMappingList("patchesJson6902"))
        {
            LoadPatch(entry, "patchesJson6902", false, false).Transform(map);
        }

        foreach (var replica in kustomization.GetMappingList("replicas"))
        {
            RunReplicas(map, replica);
        }

        foreach (var image in kustomization.GetMappingList("images").Concat(kustomization.GetMappingList("imageTags")))
        {
            new ImageTagTransformer(image.GetString("name") ?? string.Empty, image.GetString("newName"), image.GetString("newTag"), image.GetString("digest"), image.Origin).Transform(map);
        }

        foreach (var replacement in kustomization.GetMappingList("replacements"))
        {
            new ReplacementTransformer(kustomization, replacement, files).Transform(map);
        }
    }

    private IEnumerable<PatchTransformer> StrategicMergePatches()
    {
        foreach (var (value, origin) in kustomization.GetStringList("patchesStrategicMerge"))
        {
            var inline = value.Contains('\n', StringComparison.Ordinal);
            var path = inline ? kustomization.FilePath : files.ResolveFile(kustomization.Directory, value, origin, kustomization.FilePath);
            var text = inline ? value : files.ReadText(path, origin, kustomization.FilePath);
            yield return new PatchTransformer(KustomizeFiles.ParseDocuments(path, text), path, null, false, false, origin, metadata);
        }
    }

    private PatchTransformer LoadPatch(KMapping entry, string field, bool allowNameChange, bool allowKindChange)
    {
        var origin = entry.Origin;
        var inline = entry.GetString("patch");
        var pathValue = entry.GetString("path");
        if (inline is null == (pathValue is null))
        {
            throw BuildStop.At(origin, kustomization.FilePath, inline is null ? $"must specify one of patch and path in {field}" : $"patch and path can't be set at the same time in {field}");
        }

        string path;
        string text;
        if (inline is not null)
        {
            path = kustomization.FilePath;
            text = inline;
        }
        else
        {
            path = files.ResolveFile(kustomization.Directory, pathValue!, entry.Get("path")?.Origin, kustomization.FilePath);
            text = files.ReadText(path, origin, kustomization.FilePath);
        }

        var documents = KustomizeFiles.ParseDocuments(path, text);
        if (inline is not null)
        {
            documents = documents.Select(d => Relocate(d, entry.Get("patch")?.Origin, entry.Entries.First(e => e.Key == "patch").KeyOrigin)).ToArray();
        }

        var target = entry.GetMapping("target") is { } selector ? ResourceSelector.From(selector) : null;
        return new PatchTransformer(documents, path, target, allowNameChange, allowKindChange, origin, metadata);
    }

    /// <summary>
    /// Positions in an inline patch become positions in the kustomization: lines count from the line where the block
    /// scalar starts, columns shift by the block's indentation (the key's column plus two, as blocks are written).
    /// </summary>
    private KNode Relocate(KNode node, NodeOrigin? blockOrigin, NodeOrigin? keyOrigin)
    {
        if (blockOrigin is not { } start)
        {
            return node;
        }

        var indent = (keyOrigin?.Column ?? 1) + 1;

        void Shift(KNode n)
        {
            if (n.Origin is { } o)
            {
                n.Origin = new NodeOrigin(kustomization.FilePath, start.Line + o.Line, o.Column + indent);
            }

            switch (n)
            {
                case KMapping m:
                    foreach (var e in m.Entries)
                    {
                        if (e.KeyOrigin is { } k)
                        {
                            e.KeyOrigin = new NodeOrigin(kustomization.FilePath, start.Line + k.Line, k.Column + indent);
                        }

                        Shift(e.Value);
                    }

                    break;
                case KSequence s:
                    foreach (var i in s.Items)
                    {
                        Shift(i);
                    }

                    break;
            }
        }

        Shift(node);
        return node;
    }

    private void RunLabels(ResourceMap map)
    {
        foreach (var entry in kustomization.GetMappingList("labels"))
        {
            var specs = new List<FieldSpec>();
            foreach (var custom in entry.GetSequence("fields")?.Items.OfType<KMapping>() ?? [])
            {
                specs.Add(new FieldSpec(custom.GetString("group") ?? string.Empty, custom.GetString("version") ?? string.Empty, custom.GetString("kind") ?? string.Empty, custom.GetString("path") ?? string.Empty, Kustomization.ReadBool(custom, "create")));
            }

            if (Kustomization.ReadBool(entry, "includeSelectors"))
            {
                specs.AddRange(BuiltinFieldSpecs.CommonLabels);
                specs.AddRange(config.Labels);
            }
            else
            {
                specs.Add(FieldSpec.For(string.Empty, "metadata/labels", create: true));
                if (Kustomization.ReadBool(entry, "includeTemplates"))
                {
                    specs.AddRange(BuiltinFieldSpecs.MetadataLabels);
                }
            }

            new MapFieldTransformer(Kustomization.ReadStringMap(entry.GetMapping("pairs")), specs, entry.Origin).Transform(map);
        }

        new MapFieldTransformer(kustomization.GetStringMap("commonLabels"), [.. BuiltinFieldSpecs.CommonLabels, .. config.Labels], kustomization.OriginOf("commonLabels")).Transform(map);
    }

    private void RunReplicas(ResourceMap map, KMapping replica)
    {
        var name = replica.GetString("name") ?? string.Empty;
        var countNode = replica.Get("count") as KScalar;
        if (countNode?.Typed is not { Type: KScalarType.Int } count)
        {
            throw BuildStop.At(replica.Origin, kustomization.FilePath, $"replicas entry '{name}' needs an integer count");
        }

        if (!map.Resources.Any(r => r.AllIds.Any(id => id.Name == name) && BuiltinFieldSpecs.Replicas.Any(s => s.AppliesTo(r))))
        {
            throw BuildStop.At(replica.Origin, kustomization.FilePath, $"resource with name {name} does not match a config with the following GVK [Deployment.[noVer].[noGrp] ReplicationController.[noVer].[noGrp] ReplicaSet.[noVer].[noGrp] StatefulSet.[noVer].[noGrp]]");
        }

        new ReplicaCountTransformer(name, count.Int, countNode.Origin).Transform(map);
    }
}
