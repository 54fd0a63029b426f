using GitOpsLint.Syntax;

namespace GitOpsLint.Model.Secrets;

/// <summary>An ExternalSecret's <c>secretStoreRef</c>: a SecretStore (default) in its namespace, or a ClusterSecretStore.</summary>
internal sealed record SecretStoreReference(YamlMapping Node, string Kind, string Name)
{
    public YamlScalar? NameNode => Node.GetValue("name") as YamlScalar;

    public bool IsClusterScoped => Kind == SecretsApi.ClusterSecretStore;

    public static SecretStoreReference? Read(YamlMapping? node) =>
        node?.GetString("name") is { Length: > 0 } name ? new SecretStoreReference(node, node.GetString("kind") ?? SecretsApi.SecretStore, name) : null;
}
