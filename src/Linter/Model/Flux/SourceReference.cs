using GitOpsLint.Syntax;

namespace GitOpsLint.Model.Flux;

/// <summary>
/// A Flux cross-object reference (<c>sourceRef</c>, <c>chartRef</c>): kind, name and namespace with their nodes.
/// Without a namespace it resolves in the referring object's namespace, as the Flux controllers do.
/// </summary>
internal sealed record SourceReference(YamlMapping Node, string Kind, string Name, string? WrittenNamespace, string? Namespace)
{
    public YamlScalar? KindNode => Node.GetValue("kind") as YamlScalar;

    public YamlScalar? NameNode => Node.GetValue("name") as YamlScalar;

    public YamlScalar? NamespaceNode => Node.GetValue("namespace") as YamlScalar;

    /// <summary>Reads a reference mapping; <paramref name="referrer"/> gives the default namespace. Null when absent or nameless.</summary>
    public static SourceReference? Read(YamlMapping? node, KubeObject referrer, string? defaultKind = null)
    {
        if (node?.GetString("name") is not { Length: > 0 } name)
        {
            return null;
        }

        var kind = node.GetString("kind") ?? defaultKind ?? string.Empty;
        var written = node.GetString("namespace");
        return new SourceReference(node, kind, name, written, written ?? referrer.Namespace);
    }

    /// <summary>"GitRepository flux-system/monorepo" for messages.</summary>
    public string DisplayName => Namespace is { Length: > 0 } ns ? $"{Kind} {ns}/{Name}" : $"{Kind} {Name}";
}
