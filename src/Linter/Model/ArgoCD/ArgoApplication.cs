using GitOpsLint.Model.References;

namespace GitOpsLint.Model.ArgoCD;

/// <summary>A typed view of an Argo CD <c>Application</c> object.</summary>
public sealed class ArgoApplication
{
    private ArgoApplication(KubeObject kubeObject)
    {
        Object = kubeObject;
        Spec = kubeObject.Spec is { } spec ? new ApplicationSpec(spec) : null;
        Finalizers = LocatedString.ListFrom(kubeObject.Metadata, "finalizers");
    }

    /// <summary>The view, or null when the object is not an <c>argoproj.io</c> Application.</summary>
    public static ArgoApplication? From(KubeObject kubeObject) =>
        ArgoKinds.Is(kubeObject, ArgoKinds.Application) ? new ArgoApplication(kubeObject) : null;

    public KubeObject Object { get; }

    /// <summary>The spec, or null when the object has none.</summary>
    public ApplicationSpec? Spec { get; }

    public IReadOnlyList<LocatedString> Finalizers { get; }

    /// <summary>metadata.annotations entries with their key and value nodes.</summary>
    public IReadOnlyList<Syntax.YamlMappingEntry> Annotations => Object.Metadata?.GetMapping("annotations")?.Entries ?? [];
}
