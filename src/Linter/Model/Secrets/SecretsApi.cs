namespace GitOpsLint.Model.Secrets;

/// <summary>The API groups and kinds of Sealed Secrets and External Secrets Operator.</summary>
internal static class SecretsApi
{
    public const string SealedSecretsGroup = "bitnami.com";
    public const string ExternalSecretsGroup = "external-secrets.io";

    public const string SealedSecret = "SealedSecret";
    public const string ExternalSecret = "ExternalSecret";
    public const string ClusterExternalSecret = "ClusterExternalSecret";
    public const string SecretStore = "SecretStore";
    public const string ClusterSecretStore = "ClusterSecretStore";

    public const string NamespaceWideAnnotation = "sealedsecrets.bitnami.com/namespace-wide";
    public const string ClusterWideAnnotation = "sealedsecrets.bitnami.com/cluster-wide";
}
