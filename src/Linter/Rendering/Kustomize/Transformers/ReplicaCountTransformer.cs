using GitOpsLint.Rendering.Kustomize.Nodes;
using GitOpsLint.Rendering.Kustomize.Resources;

namespace GitOpsLint.Rendering.Kustomize.Transformers;

/// <summary><c>replicas:</c> sets spec.replicas on the workloads whose original or current name matches.</summary>
internal sealed class ReplicaCountTransformer(string name, long count, NodeOrigin? origin)
{
    public void Transform(ResourceMap map)
    {
        foreach (var resource in map.Resources.Where(r => r.AllIds.Any(id => id.Name == name)))
        {
            foreach (var spec in BuiltinFieldSpecs.Replicas)
            {
                spec.Apply(resource, (_, parent, key) => parent.Set(key, KScalar.Int(count, origin)), () => KScalar.Int(count, origin));
            }
        }
    }
}
