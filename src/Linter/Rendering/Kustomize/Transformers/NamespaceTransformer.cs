using GitOpsLint.Rendering.Kustomize.Nodes;
using GitOpsLint.Rendering.Kustomize.Resources;

namespace GitOpsLint.Rendering.Kustomize.Transformers;

/// <summary>
/// <c>namespace:</c> sets metadata.namespace on namespaced objects, renames Namespace objects, and sets the namespace
/// of RoleBinding/ClusterRoleBinding subjects named "default" (kustomize's defaultOnly subject mode).
/// </summary>
internal sealed class NamespaceTransformer(string @namespace, NodeOrigin? origin)
{
    private static readonly IReadOnlyList<FieldSpec> ExtraFields =
    [
        FieldSpec.For("Namespace", "metadata/name", true),
        FieldSpec.For("APIService", "spec/service/namespace", true, group: "apiregistration.k8s.io"),
        FieldSpec.For("CustomResourceDefinition", "spec/conversion/webhook/clientConfig/service/namespace", false, group: "apiextensions.k8s.io"),
    ];

    public void Transform(ResourceMap map)
    {
        if (@namespace.Length == 0)
        {
            return;
        }

        foreach (var resource in map.Resources)
        {
            var before = resource.CurrentId;
            if (!resource.Gvk.IsClusterScoped)
            {
                var metadata = resource.Root.GetOrAddMapping("metadata", origin);
                metadata.Set("namespace", KScalar.String(@namespace, origin));
            }

            if (resource.Kind is "RoleBinding" or "ClusterRoleBinding" && resource.Root.GetSequence("subjects") is { } subjects)
            {
                foreach (var subject in subjects.Items.OfType<KMapping>().Where(s => s.GetString("name") == "default"))
                {
                    subject.Set("namespace", KScalar.String(@namespace, origin));
                }
            }

            foreach (var spec in ExtraFields)
            {
                spec.Apply(resource, (_, parent, key) => parent.Set(key, KScalar.String(@namespace, origin)), () => KScalar.String(@namespace, origin));
            }

            if (resource.CurrentId != before)
            {
                resource.PreviousIds.Add(before);
            }

            if (map.MatchCurrentId(resource.CurrentId).Count != 1)
            {
                throw BuildStop.At(origin, resource.SourcePath, $"namespace transformation produces ID conflict: {resource.CurrentId}");
            }
        }
    }
}
