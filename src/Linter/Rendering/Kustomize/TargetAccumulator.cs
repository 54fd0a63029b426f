using GitOpsLint.Rendering.Kustomize.Configuration;
using GitOpsLint.Rendering.Kustomize.Generators;
using GitOpsLint.Rendering.Kustomize.Nodes;
using GitOpsLint.Rendering.Kustomize.Resources;
using GitOpsLint.Rendering.Kustomize.Transformers;
using GitOpsLint.Workspace;

namespace GitOpsLint.Rendering.Kustomize;

/// <summary>
/// kustomize's KustTarget.accumulateTarget: resources (files and bases, recursively), generators, components (which
/// act on the same objects), then this kustomization's transformers in kustomize's fixed order.
/// </summary>
internal sealed class TargetAccumulator(KustomizeFiles files, KustomizeBuildOptions options, List<KustomizeError> notes)
{
    private static readonly string[] UnsupportedFields = ["openapi", "generators", "transformers", "validators", "buildMetadata", "helmChartInflationGenerator"];

    public ResourceMap Accumulate(Kustomization kustomization, ResourceMap map, IReadOnlyList<string> chain, TransformerConfig config)
    {
        NoteUnsupported(kustomization);
        foreach (var (reference, origin) in kustomization.GetStringList("resources").Concat(kustomization.GetStringList("bases")))
        {
            AccumulateResource(kustomization, map, reference, origin, chain, config);
        }

        foreach (var (file, origin) in kustomization.GetStringList("configurations"))
        {
            var path = files.ResolveFile(kustomization.Directory, file, origin, kustomization.FilePath);
            foreach (var document in KustomizeFiles.ParseDocuments(path, files.ReadText(path, origin, kustomization.FilePath)))
            {
                foreach (var ignored in ConfigurationsLoader.Load(document, config))
                {
                    notes.Add(new KustomizeError(path, ignored.KeyOrigin?.Line ?? 0, ignored.KeyOrigin?.Column ?? 0, $"transformer configuration '{ignored.Key}' is not applied by the static kustomize builder; the output may differ from kustomize's", "check this kustomization with kustomize itself"));
                }
            }
        }

        foreach (var (crd, origin) in kustomization.GetStringList("crds"))
        {
            var path = files.ResolveFile(kustomization.Directory, crd, origin, kustomization.FilePath);
            foreach (var document in KustomizeFiles.ParseDocuments(path, files.ReadText(path, origin, kustomization.FilePath)))
            {
                CrdConfigLoader.Load(document, config);
            }
        }

        RunGenerators(kustomization, map);
        foreach (var (reference, origin) in kustomization.GetStringList("components"))
        {
            var directory = ResolveDirectory(kustomization, reference, origin, chain);
            var component = KustomizationLoader.Load(files, directory, origin, kustomization.FilePath);
            if (!component.IsComponent)
            {
                throw BuildStop.At(origin, kustomization.FilePath, $"expected kind 'Component' for path '{directory}' but got '{component.Kind ?? string.Empty}'", "a component's kustomization.yaml needs 'kind: Component'");
            }

            Accumulate(component, map, [.. chain, directory], config);
        }

        new TransformerPipeline(kustomization, files, options.PatchMetadata, config).Run(map);
        foreach (var entry in kustomization.GetMappingList("vars"))
        {
            config.AddVar(VarDefinition.From(entry, kustomization.FilePath));
        }

        return map;
    }

    private void AccumulateResource(Kustomization kustomization, ResourceMap map, string reference, NodeOrigin? origin, IReadOnlyList<string> chain, TransformerConfig config)
    {
        if (KustomizationLoader.IsRemote(reference))
        {
            throw BuildStop.At(origin, kustomization.FilePath, $"remote resource '{reference}' is not fetched: a static build reads only the repository", "vendor the remote base into the repository, or configure a local mirror");
        }

        var path = RepoPath.Combine(kustomization.Directory, reference)
            ?? throw BuildStop.At(origin, kustomization.FilePath, $"security; file '{reference}' is not in or below the repository root", "resources must be inside the repository");
        if (files.Workspace.FileExists(path))
        {
            files.ResolveFile(kustomization.Directory, reference, origin, kustomization.FilePath);
            foreach (var resource in ResourceReader.Read(files, path, origin, kustomization.FilePath))
            {
                map.Append(resource, origin);
            }

            return;
        }

        var directory = ResolveDirectory(kustomization, reference, origin, chain);
        var child = KustomizationLoader.Load(files, directory, origin, kustomization.FilePath);
        if (child.IsComponent)
        {
            throw BuildStop.At(origin, kustomization.FilePath, $"expected kind != 'Component' for path '{directory}'", "list components under 'components:', not 'resources:'");
        }

        var childConfig = new TransformerConfig();
        var childMap = Accumulate(child, new ResourceMap(), [.. chain, directory], childConfig);
        map.AppendAll(childMap, origin);
        config.MergeFrom(childConfig);
    }

    private string ResolveDirectory(Kustomization kustomization, string reference, NodeOrigin? origin, IReadOnlyList<string> chain)
    {
        if (KustomizationLoader.IsRemote(reference))
        {
            throw BuildStop.At(origin, kustomization.FilePath, $"remote resource '{reference}' is not fetched: a static build reads only the repository", "vendor the remote base into the repository, or configure a local mirror");
        }

        var directory = RepoPath.Combine(kustomization.Directory, reference)
            ?? throw BuildStop.At(origin, kustomization.FilePath, $"'{reference}' is outside the repository; it was not read", "bases must be inside the repository");
        if (!files.Workspace.DirectoryExists(directory))
        {
            throw BuildStop.At(origin, kustomization.FilePath, $"evalsymlink failure on '{directory}' : lstat {directory}: no such file or directory", "check the path; it is relative to the kustomization's folder");
        }

        if (chain.Contains(directory))
        {
            throw BuildStop.At(origin, kustomization.FilePath, $"cycle detected: candidate root '{directory}' contains visited root '{directory}'", $"the chain {string.Join(" -> ", chain.Select(KustomizationLoader.Display))} -> {KustomizationLoader.Display(directory)} loops");
        }

        return directory;
    }

    private void RunGenerators(Kustomization kustomization, ResourceMap map)
    {
        foreach (var args in kustomization.GetMappingList("configMapGenerator"))
        {
            Absorb(map, new DataGenerator(kustomization, args, isSecret: false, files).Generate(), args.Origin);
        }

        foreach (var args in kustomization.GetMappingList("secretGenerator"))
        {
            Absorb(map, new DataGenerator(kustomization, args, isSecret: true, files).Generate(), args.Origin);
        }

        var charts = kustomization.GetMappingList("helmCharts");
        if (charts.Count == 0)
        {
            return;
        }

        if (!options.EnableHelm || options.HelmChartInflator is null)
        {
            throw BuildStop.At(kustomization.OriginOf("helmCharts"), kustomization.FilePath, $"trouble configuring builtin HelmChartInflationGenerator with config: helmCharts of {kustomization.FilePath}: must specify --enable-helm", "enable Helm rendering for kustomize builds");
        }

        foreach (var chart in charts)
        {
            var inflated = options.HelmChartInflator.Inflate(files.Workspace, kustomization.Directory, chart, kustomization.Root.GetMapping("helmGlobals"));
            if (inflated.Error is not null)
            {
                throw BuildStop.At(chart.Origin, kustomization.FilePath, inflated.Error);
            }

            foreach (var document in KustomizeFiles.ParseDocuments(kustomization.FilePath, inflated.Manifest ?? string.Empty))
            {
                foreach (var resource in ResourceReader.FromDocument(document, kustomization.FilePath))
                {
                    Absorb(map, resource, chart.Origin);
                }
            }
        }
    }

    /// <summary>Adds a generated object, or merges it into or replaces the object it names, per its behavior.</summary>
    private static void Absorb(ResourceMap map, Resource generated, NodeOrigin? origin)
    {
        var matches = map.MatchAnyId(generated.CurrentId);
        if (matches.Count == 0)
        {
            if (generated.Behavior is GeneratorBehavior.Merge or GeneratorBehavior.Replace)
            {
                throw BuildStop.At(origin, generated.SourcePath, $"id {generated.CurrentId} does not exist; cannot merge or replace", "behavior merge and replace act on an object generated by a base");
            }

            map.Append(generated, origin);
            return;
        }

        if (matches.Count > 1)
        {
            throw BuildStop.At(origin, generated.SourcePath, $"found multiple objects that could accept merge of {generated.CurrentId}");
        }

        var old = matches[0];
        if (generated.Behavior is not (GeneratorBehavior.Merge or GeneratorBehavior.Replace))
        {
            throw BuildStop.At(origin, generated.SourcePath, $"id {generated.CurrentId} exists; behavior must be merge or replace", "set behavior: merge or behavior: replace to change a generated object of a base");
        }

        var merged = generated;
        MergeMetadataFrom(merged, old);
        if (generated.Behavior == GeneratorBehavior.Merge)
        {
            foreach (var field in new[] { "data", "binaryData" })
            {
                if (old.Root.GetMapping(field) is { } oldData)
                {
                    var combined = (KMapping)oldData.DeepClone();
                    foreach (var entry in merged.Root.GetMapping(field)?.Entries ?? [])
                    {
                        combined.Set(entry.Key, entry.Value, entry.KeyOrigin);
                    }

                    merged.Root.Set(field, combined);
                }
            }
        }

        merged.NeedsHashSuffix = old.NeedsHashSuffix;
        merged.Behavior = old.Behavior;
        merged.PreviousIds.Clear();
        merged.PreviousIds.AddRange(old.PreviousIds);
        merged.Prefixes.Clear();
        merged.Prefixes.AddRange(old.Prefixes);
        merged.Suffixes.Clear();
        merged.Suffixes.AddRange(old.Suffixes);
        map.Replace(old, merged);
    }

    /// <summary>kustomize's CopyMergeMetaDataFieldsFrom: labels and annotations are merged (the new object wins), name and namespace are the old object's.</summary>
    private static void MergeMetadataFrom(Resource target, Resource old)
    {
        var metadata = target.Root.GetOrAddMapping("metadata");
        var oldMetadata = old.Root.GetMapping("metadata");
        foreach (var field in new[] { "labels", "annotations" })
        {
            if (oldMetadata?.GetMapping(field) is not { Count: > 0 } oldMap)
            {
                continue;
            }

            var combined = (KMapping)oldMap.DeepClone();
            foreach (var entry in metadata.GetMapping(field)?.Entries ?? [])
            {
                combined.Set(entry.Key, entry.Value, entry.KeyOrigin);
            }

            metadata.Set(field, combined);
        }

        target.Name = old.Name;
        if (old.Namespace.Length > 0)
        {
            metadata.Set("namespace", KScalar.String(old.Namespace, oldMetadata?.Get("namespace")?.Origin));
        }
        else
        {
            metadata.Remove("namespace");
        }
    }

    private void NoteUnsupported(Kustomization kustomization)
    {
        foreach (var field in UnsupportedFields.Where(kustomization.Root.ContainsKey))
        {
            var origin = kustomization.OriginOf(field);
            notes.Add(new KustomizeError(kustomization.FilePath, origin?.Line ?? 0, origin?.Column ?? 0, $"'{field}' is not supported by the static kustomize builder; the output may differ from kustomize's", "check this kustomization with kustomize itself"));
        }
    }
}
