using GitOpsLint.Model.References;
using GitOpsLint.Syntax;

namespace GitOpsLint.Model.ArgoCD;

/// <summary>A typed view of an Argo CD <c>AppProject</c>: which repositories and destinations its Applications may use.</summary>
public sealed class AppProject
{
    private AppProject(KubeObject kubeObject)
    {
        Object = kubeObject;
        SourceRepos = LocatedString.ListFrom(kubeObject.Spec, "sourceRepos");
        Destinations = (kubeObject.Spec?.GetSequence("destinations")?.Items ?? []).OfType<YamlMapping>().Select(d => new ApplicationDestination(d)).ToArray();
    }

    public static AppProject? From(KubeObject kubeObject) => ArgoKinds.Is(kubeObject, ArgoKinds.AppProject) ? new AppProject(kubeObject) : null;

    public KubeObject Object { get; }

    public string Name => Object.Name;

    public IReadOnlyList<LocatedString> SourceRepos { get; }

    public IReadOnlyList<ApplicationDestination> Destinations { get; }
}
