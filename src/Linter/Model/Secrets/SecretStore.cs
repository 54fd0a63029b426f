using GitOpsLint.Syntax;

namespace GitOpsLint.Model.Secrets;

/// <summary>A typed view of a <c>SecretStore</c> or <c>ClusterSecretStore</c>.</summary>
internal sealed class SecretStore
{
    private SecretStore(KubeObject kubeObject) => Object = kubeObject;

    public KubeObject Object { get; }

    public bool IsClusterScoped => Object.Kind == SecretsApi.ClusterSecretStore;

    public static SecretStore? From(KubeObject kubeObject) =>
        kubeObject.Group == SecretsApi.ExternalSecretsGroup && kubeObject.Kind is SecretsApi.SecretStore or SecretsApi.ClusterSecretStore ? new SecretStore(kubeObject) : null;

    /// <summary>The provider's name (<c>aws</c>, <c>vault</c>, <c>gcpsm</c> ...), or null.</summary>
    public string? ProviderName => Object.Spec?.GetMapping("provider")?.Entries.FirstOrDefault()?.KeyText;

    public YamlMapping? Provider => Object.Spec?.GetMapping("provider");
}
