using GitOpsLint.Syntax;

namespace GitOpsLint.Model.Secrets;

/// <summary>A typed view of a Bitnami <c>SealedSecret</c>: its encrypted values, template and scope.</summary>
internal sealed class SealedSecret
{
    private SealedSecret(KubeObject kubeObject) => Object = kubeObject;

    public KubeObject Object { get; }

    public static SealedSecret? From(KubeObject kubeObject) =>
        kubeObject.Group == SecretsApi.SealedSecretsGroup && kubeObject.Kind == SecretsApi.SealedSecret ? new SealedSecret(kubeObject) : null;

    /// <summary><c>spec.encryptedData</c> entries (key → sealed value).</summary>
    public IReadOnlyList<YamlMappingEntry> EncryptedData => Object.Spec?.GetMapping("encryptedData")?.Entries ?? [];

    public YamlMapping? Template => Object.Spec?.GetMapping("template");

    public YamlMapping? TemplateMetadata => Template?.GetMapping("metadata");

    /// <summary>The scope its annotations declare; cluster-wide wins when both are set, as in the controller.</summary>
    public SealedSecretScope Scope =>
        IsTrue(SecretsApi.ClusterWideAnnotation) ? SealedSecretScope.ClusterWide
        : IsTrue(SecretsApi.NamespaceWideAnnotation) ? SealedSecretScope.NamespaceWide
        : SealedSecretScope.Strict;

    public YamlMappingEntry? ScopeAnnotation(string key) => Object.Metadata?.GetMapping("annotations")?.GetEntry(key);

    /// <summary>The name of the Secret it creates: always the SealedSecret's own name.</summary>
    public string SecretName => Object.Name;

    private bool IsTrue(string annotation) => Object.GetAnnotation(annotation) == "true";
}
