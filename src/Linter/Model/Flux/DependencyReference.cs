using GitOpsLint.Syntax;

namespace GitOpsLint.Model.Flux;

/// <summary>An entry of <c>spec.dependsOn</c>: another object of the same kind, in the referrer's namespace unless one is written.</summary>
internal sealed record DependencyReference(YamlMapping Node, YamlScalar NameNode, string Name, string? Namespace)
{
    public static IReadOnlyList<DependencyReference> ReadAll(KubeObject referrer)
    {
        var result = new List<DependencyReference>();
        foreach (var item in referrer.Spec?.GetSequence("dependsOn")?.Items ?? [])
        {
            if (item is YamlMapping mapping && mapping.GetValue("name") is YamlScalar { IsNull: false } nameNode && nameNode.Value.Length > 0)
            {
                result.Add(new DependencyReference(mapping, nameNode, nameNode.Value, mapping.GetString("namespace") ?? referrer.Namespace));
            }
        }

        return result;
    }
}
