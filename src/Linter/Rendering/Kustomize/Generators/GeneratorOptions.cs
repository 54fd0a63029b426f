using GitOpsLint.Rendering.Kustomize.Configuration;
using GitOpsLint.Rendering.Kustomize.Nodes;

namespace GitOpsLint.Rendering.Kustomize.Generators;

/// <summary>generatorOptions merged as kustomize merges them: the entry's labels and annotations win, flags add up.</summary>
internal sealed record GeneratorOptions(IReadOnlyList<KeyValuePair<string, string>> Labels, IReadOnlyList<KeyValuePair<string, string>> Annotations, bool DisableNameSuffixHash, bool Immutable)
{
    public static GeneratorOptions Merge(KMapping? global, KMapping? local) => new(
        MergeMaps(global?.GetMapping("labels"), local?.GetMapping("labels")),
        MergeMaps(global?.GetMapping("annotations"), local?.GetMapping("annotations")),
        Kustomization.ReadBool(global, "disableNameSuffixHash") || Kustomization.ReadBool(local, "disableNameSuffixHash"),
        Kustomization.ReadBool(global, "immutable") || Kustomization.ReadBool(local, "immutable"));

    private static IReadOnlyList<KeyValuePair<string, string>> MergeMaps(KMapping? global, KMapping? local)
    {
        var merged = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (key, value) in Kustomization.ReadStringMap(global).Concat(Kustomization.ReadStringMap(local)))
        {
            merged[key] = value;
        }

        return merged.ToArray();
    }
}
