using GitOpsLint.Rendering.Kustomize.Configuration;
using GitOpsLint.Rendering.Kustomize.Generators;
using GitOpsLint.Rendering.Kustomize.Nodes;
using GitOpsLint.Rendering.Kustomize.Resources;
using GitOpsLint.Rendering.Kustomize.Transformers;
using GitOpsLint.Workspace;

namespace GitOpsLint.Rendering.Kustomize;

/// <summary>
/// Builds a kustomization folder the way <c>kubectl kustomize DIR</c> (kustomize v5.5) does, reading only through the
/// workspace. After the recursive accumulation, the steps kustomize runs once at the top: hash suffixes on generated
/// objects, name reference repair, dropping local-config objects, and the output order.
/// </summary>
public static class KustomizeBuilder
{
    public static KustomizeBuildResult Build(IWorkspace workspace, string directory, KustomizeBuildOptions? options = null)
    {
        options ??= KustomizeBuildOptions.Default;
        var notes = new List<KustomizeError>();
        var root = RepoPath.Normalize(directory);
        if (root is null)
        {
            return new KustomizeBuildResult([], [new KustomizeError(directory, 0, 0, $"'{directory}' is outside the repository; it was not read")], notes);
        }

        try
        {
            var files = new Configuration.KustomizeFiles(workspace);
            var kustomization = KustomizationLoader.Load(files, root, null, root);
            if (kustomization.IsComponent)
            {
                throw new BuildStop(new KustomizeError(kustomization.FilePath, 1, 1, $"expected kind != 'Component' for path '{KustomizationLoader.Display(root)}'", "build a kustomization that lists the component under 'components:'"));
            }

            var config = new TransformerConfig();
            var map = new TargetAccumulator(files, options, notes).Accumulate(kustomization, new ResourceMap(), [root], config);
            AddHashSuffixes(map);
            new NameReferenceTransformer(config.AllNameReferences).Transform(map);
            new RefVarTransformer(config.Vars, VarReferenceTable.Default).Transform(map);
            DropLocalConfig(map);
            Sort(kustomization, map);
            var objects = map.Resources.Select(r => new KustomizeObject(r.Root, r.SourcePath)).ToArray();
            return new KustomizeBuildResult(objects, [], notes);
        }
        catch (BuildStop stop)
        {
            return new KustomizeBuildResult([], [stop.Error], notes);
        }
        catch (Exception exception) when (exception is InvalidOperationException or ArgumentException or FormatException or OverflowException or IndexOutOfRangeException or InvalidCastException or System.Text.RegularExpressions.RegexMatchTimeoutException)
        {
            // Input this builder does not understand must not stop the lint run: it becomes an error on the unit.
            return new KustomizeBuildResult([], [new KustomizeError(root, 0, 0, $"the kustomize build failed unexpectedly: {exception.Message}", "check this kustomization with kustomize itself")], notes);
        }
    }

    private static void AddHashSuffixes(ResourceMap map)
    {
        foreach (var resource in map.Resources.Where(r => r.NeedsHashSuffix))
        {
            var hash = NameHasher.Hash(resource);
            resource.StorePreviousId();
            resource.Name = resource.Name + "-" + hash;
        }
    }

    /// <summary>Objects annotated <c>config.kubernetes.io/local-config: "true"</c> configure tools and are not output.</summary>
    private static void DropLocalConfig(ResourceMap map)
    {
        foreach (var resource in map.Resources.ToArray())
        {
            if (resource.Root.GetMapping("metadata")?.GetMapping("annotations")?.GetString("config.kubernetes.io/local-config") == "true")
            {
                map.Remove(resource);
            }
        }

        foreach (var resource in map.Resources)
        {
            if (resource.Root.GetMapping("metadata") is { } metadata && metadata.Get("annotations") is KMapping { Count: 0 })
            {
                // kustomize rewrites annotations after removing its own, and an empty map is then dropped.
                metadata.Remove("annotations");
            }
        }
    }

    private static void Sort(Kustomization kustomization, ResourceMap map)
    {
        var sortOptions = kustomization.Root.GetMapping("sortOptions");
        var order = sortOptions?.GetString("order") ?? "legacy";
        switch (order)
        {
            case "fifo":
                if (sortOptions?.Get("legacySortOptions") is not null)
                {
                    throw BuildStop.At(sortOptions.Origin, kustomization.FilePath, "the field 'sortOptions.legacySortOptions' is set but the selected sort order is 'fifo', not 'legacy'");
                }

                return;
            case "legacy":
                var legacy = sortOptions?.GetMapping("legacySortOptions");
                var first = legacy?.GetSequence("orderFirst")?.Items.OfType<KScalar>().Select(s => s.Value).ToArray() ?? (IReadOnlyList<string>)LegacySorter.DefaultOrderFirst;
                var last = legacy?.GetSequence("orderLast")?.Items.OfType<KScalar>().Select(s => s.Value).ToArray() ?? (IReadOnlyList<string>)LegacySorter.DefaultOrderLast;
                LegacySorter.Sort(map, first, last);
                return;
            default:
                throw BuildStop.At(sortOptions?.Origin, kustomization.FilePath, "the field 'sortOptions.order' must be one of [fifo, legacy]");
        }
    }
}
