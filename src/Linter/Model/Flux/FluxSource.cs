using GitOpsLint.Syntax;

namespace GitOpsLint.Model.Flux;

/// <summary>What every Flux source (GitRepository, HelmRepository, OCIRepository, Bucket, HelmChart) has: an object and an interval.</summary>
internal abstract class FluxSource(KubeObject kubeObject)
{
    public KubeObject Object { get; } = kubeObject;

    public YamlScalar? Interval => Object.Spec?.GetValue("interval") as YamlScalar;

    public YamlScalar? Url => Object.Spec?.GetValue("url") as YamlScalar;

    /// <summary>The typed view of any Flux source object, or null for other objects.</summary>
    public static FluxSource? From(KubeObject kubeObject) => kubeObject.Group != FluxApi.SourceGroup ? null : kubeObject.Kind switch
    {
        FluxApi.GitRepository => new FluxGitRepository(kubeObject),
        FluxApi.HelmRepository => new FluxHelmRepository(kubeObject),
        FluxApi.OCIRepository => new FluxOciRepository(kubeObject),
        FluxApi.Bucket => new FluxBucket(kubeObject),
        FluxApi.HelmChart => new FluxHelmChart(kubeObject),
        _ => null,
    };
}
