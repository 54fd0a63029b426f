namespace GitOpsLint.Model.Flux;

/// <summary>The API groups and kinds of the Flux controllers this model reads.</summary>
internal static class FluxApi
{
    public const string HelmGroup = "helm.toolkit.fluxcd.io";
    public const string KustomizeGroup = "kustomize.toolkit.fluxcd.io";
    public const string SourceGroup = "source.toolkit.fluxcd.io";

    public const string HelmRelease = "HelmRelease";
    public const string Kustomization = "Kustomization";
    public const string GitRepository = "GitRepository";
    public const string HelmRepository = "HelmRepository";
    public const string OCIRepository = "OCIRepository";
    public const string HelmChart = "HelmChart";
    public const string Bucket = "Bucket";

    /// <summary>The kinds a Kustomization's or HelmChart's <c>sourceRef</c> may name.</summary>
    public static readonly IReadOnlyList<string> SourceKinds = [GitRepository, HelmRepository, OCIRepository, Bucket, HelmChart];

    /// <summary>The name <c>flux bootstrap</c> gives the GitRepository and Kustomization it creates for the repository it bootstraps.</summary>
    public const string BootstrapName = "flux-system";

    public static bool IsFlux(KubeObject kubeObject) => kubeObject.Group.EndsWith(".toolkit.fluxcd.io", StringComparison.Ordinal);

    public static bool IsSource(KubeObject kubeObject) => kubeObject.Group == SourceGroup && SourceKinds.Contains(kubeObject.Kind);
}
