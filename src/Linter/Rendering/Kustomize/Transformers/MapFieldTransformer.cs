using GitOpsLint.Rendering.Kustomize.Nodes;
using GitOpsLint.Rendering.Kustomize.Resources;

namespace GitOpsLint.Rendering.Kustomize.Transformers;

/// <summary>Adds string pairs to the mappings at some field specs: the label and annotation transformers.</summary>
internal sealed class MapFieldTransformer(IReadOnlyList<KeyValuePair<string, string>> pairs, IReadOnlyList<FieldSpec> fieldSpecs, NodeOrigin? origin)
{
    public void Transform(ResourceMap map)
    {
        if (pairs.Count == 0)
        {
            return;
        }

        foreach (var resource in map.Resources)
        {
            foreach (var spec in Deduplicate(fieldSpecs))
            {
                spec.Apply(resource, SetPairs, () => new KMapping(origin));
            }
        }
    }

    private void SetPairs(KNode node, KMapping parent, string key)
    {
        if (node is not KMapping target)
        {
            throw BuildStop.At(node.Origin, origin?.Path ?? string.Empty, $"expected a mapping at '{key}' to add labels or annotations to");
        }

        foreach (var (name, value) in pairs.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            target.Set(name, KScalar.String(value, origin), origin);
        }
    }

    /// <summary>The same path for the same kinds is applied once, as kustomize merges field spec lists.</summary>
    private static IEnumerable<FieldSpec> Deduplicate(IReadOnlyList<FieldSpec> specs)
    {
        var seen = new HashSet<(string, string, string, string)>();
        foreach (var spec in specs)
        {
            if (seen.Add((spec.Group, spec.Version, spec.Kind, spec.Path)))
            {
                yield return spec;
            }
        }
    }
}
