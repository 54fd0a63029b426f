using GitOpsLint.Syntax;
using GitOpsLint.Workspace;

namespace GitOpsLint.Model.Flux;

/// <summary>A typed view of a Flux <c>Kustomization</c> (kustomize.toolkit.fluxcd.io, not kustomize's own file).</summary>
internal sealed class FluxKustomization
{
    private FluxKustomization(KubeObject kubeObject)
    {
        Object = kubeObject;
        SourceRef = SourceReference.Read(kubeObject.Spec?.GetMapping("sourceRef"), kubeObject);
        DependsOn = DependencyReference.ReadAll(kubeObject);
        PostBuild = kubeObject.Spec?.GetMapping("postBuild") is { } postBuild ? new FluxPostBuild(postBuild) : null;
    }

    public KubeObject Object { get; }

    public static FluxKustomization? From(KubeObject kubeObject) =>
        kubeObject.Group == FluxApi.KustomizeGroup && kubeObject.Kind == FluxApi.Kustomization ? new FluxKustomization(kubeObject) : null;

    public YamlScalar? Interval => Object.Spec?.GetValue("interval") as YamlScalar;

    /// <summary><c>spec.path</c>: a folder relative to the source's root (not to this file).</summary>
    public YamlScalar? Path => Object.Spec?.GetValue("path") as YamlScalar;

    /// <summary>The path as a repository-relative folder ("" for the root or when absent, as Flux defaults it); null when it escapes the root.</summary>
    public string? NormalizedPath => Path is { IsNull: false } path ? RepoPath.Normalize(path.Value.TrimStart('/')) : string.Empty;

    public YamlScalar? Prune => Object.Spec?.GetValue("prune") as YamlScalar;

    public YamlScalar? Wait => Object.Spec?.GetValue("wait") as YamlScalar;

    public YamlScalar? Timeout => Object.Spec?.GetValue("timeout") as YamlScalar;

    public YamlScalar? TargetNamespace => Object.Spec?.GetValue("targetNamespace") as YamlScalar;

    public SourceReference? SourceRef { get; }

    public IReadOnlyList<DependencyReference> DependsOn { get; }

    public FluxPostBuild? PostBuild { get; }
}
