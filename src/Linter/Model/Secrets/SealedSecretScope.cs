namespace GitOpsLint.Model.Secrets;

/// <summary>What a sealed value is bound to when it is encrypted (kubeseal <c>--scope</c>).</summary>
internal enum SealedSecretScope
{
    /// <summary>The default: name and namespace are part of the encryption; the value unseals only there.</summary>
    Strict,

    /// <summary>Any name in the same namespace.</summary>
    NamespaceWide,

    /// <summary>Any name, any namespace.</summary>
    ClusterWide,
}
