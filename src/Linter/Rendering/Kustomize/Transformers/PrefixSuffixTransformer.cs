using GitOpsLint.Rendering.Kustomize.Nodes;
using GitOpsLint.Rendering.Kustomize.Resources;

namespace GitOpsLint.Rendering.Kustomize.Transformers;

/// <summary>
/// <c>namePrefix</c>/<c>nameSuffix</c>: renames every object except CRDs, APIServices and Namespaces, and records the
/// affixes and the old identity so that references can be repaired afterwards.
/// </summary>
internal sealed class PrefixSuffixTransformer(string prefix, string suffix, NodeOrigin? origin)
{
    public void Transform(ResourceMap map)
    {
        foreach (var resource in map.Resources)
        {
            var original = resource.OriginalId.Gvk;
            if (original.Kind is "CustomResourceDefinition" or "Namespace" || (original.Kind == "APIService" && original.Group == "apiregistration.k8s.io"))
            {
                continue;
            }

            resource.Prefixes.Add(prefix);
            resource.Suffixes.Add(suffix);
            if (prefix.Length == 0 && suffix.Length == 0)
            {
                continue;
            }

            resource.StorePreviousId();
            var metadata = resource.Root.GetOrAddMapping("metadata", origin);
            var old = metadata.Get("name");
            metadata.Set("name", KScalar.String(prefix + resource.Name + suffix, old?.Origin ?? origin));
        }
    }
}
