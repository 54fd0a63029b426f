using GitOpsLint.Syntax;

namespace GitOpsLint.Model.Secrets;

/// <summary>
/// A typed view of an External Secrets Operator <c>ExternalSecret</c>, or of the <c>externalSecretSpec</c> of a
/// <c>ClusterExternalSecret</c> (which stamps one ExternalSecret into each selected namespace).
/// </summary>
internal sealed class ExternalSecret
{
    private ExternalSecret(KubeObject kubeObject, YamlMapping? spec, string defaultTargetName)
    {
        Object = kubeObject;
        Spec = spec;
        SecretStoreRef = SecretStoreReference.Read(spec?.GetMapping("secretStoreRef"));
        TargetNameNode = spec?.GetMapping("target")?.GetValue("name") as YamlScalar;
        TargetName = TargetNameNode is { IsNull: false, Value.Length: > 0 } written ? written.Value : defaultTargetName;
    }

    public KubeObject Object { get; }

    /// <summary>The ExternalSecret spec (for a ClusterExternalSecret, its <c>externalSecretSpec</c>).</summary>
    public YamlMapping? Spec { get; }

    public bool IsClusterExternalSecret => Object.Kind == SecretsApi.ClusterExternalSecret;

    public static ExternalSecret? From(KubeObject kubeObject)
    {
        if (kubeObject.Group != SecretsApi.ExternalSecretsGroup)
        {
            return null;
        }

        return kubeObject.Kind switch
        {
            SecretsApi.ExternalSecret => new ExternalSecret(kubeObject, kubeObject.Spec, kubeObject.Name),
            SecretsApi.ClusterExternalSecret => new ExternalSecret(
                kubeObject,
                kubeObject.Spec?.GetMapping("externalSecretSpec"),
                kubeObject.Spec?.GetString("externalSecretName") ?? kubeObject.Name),
            _ => null,
        };
    }

    public SecretStoreReference? SecretStoreRef { get; }

    /// <summary>The Secret it writes: <c>target.name</c>, defaulting to the ExternalSecret's name.</summary>
    public string TargetName { get; }

    public YamlScalar? TargetNameNode { get; }

    /// <summary><c>target.creationPolicy</c>: Owner (default), Orphan, Merge or None.</summary>
    public string CreationPolicy => Spec?.GetMapping("target")?.GetString("creationPolicy") ?? "Owner";

    /// <summary>Whether it creates the Secret (Owner, Orphan) rather than merging into an existing one (Merge, None).</summary>
    public bool CreatesSecret => CreationPolicy is "Owner" or "Orphan";
}
