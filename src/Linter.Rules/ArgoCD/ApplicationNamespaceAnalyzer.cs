using GitOpsLint.Analysis;
using GitOpsLint.Diagnostics;
using GitOpsLint.Model.ArgoCD;

namespace GitOpsLint.Rules.ArgoCD;

/// <summary>Applications without <c>metadata.namespace</c>, which land wherever they are applied and are then ignored.</summary>
public sealed class ApplicationNamespaceAnalyzer : Analyzer
{
    public static readonly DiagnosticDescriptor MissingNamespace = new(
        "GOL317",
        "Application without metadata.namespace",
        "{0} {1} has no metadata.namespace; applied with kubectl it lands in the current namespace (often 'default'), where Argo CD does not watch it (it watches its own namespace, argocd, unless apps-in-any-namespace is enabled): add namespace: argocd",
        DiagnosticCategory.ArgoCD,
        Severity.Warning,
        "Argo CD reconciles Applications, ApplicationSets and AppProjects only in its own namespace (usually `argocd`), and in the namespaces listed for apps-in-any-namespace. A manifest without `metadata.namespace` goes wherever it is applied: `kubectl apply` puts it in the current namespace, an app-of-apps in the parent's destination namespace. Writing the namespace makes the manifest mean the same thing however it is applied.")
    {
        BadExample = "apiVersion: argoproj.io/v1alpha1\nkind: Application\nmetadata:\n  name: myapp\n",
        GoodExample = "apiVersion: argoproj.io/v1alpha1\nkind: Application\nmetadata:\n  name: myapp\n  namespace: argocd\n",
        Tags = ["argocd"],
    };

    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics { get; } = [MissingNamespace];

    public override void Initialize(AnalysisContext context) => context.RegisterObjectAction(objectContext =>
    {
        var kubeObject = objectContext.Object;
        if (kubeObject.Group != ArgoKinds.Group || kubeObject.Namespace is { Length: > 0 })
        {
            return;
        }

        var location = kubeObject.Root.GetEntry("metadata") is { } metadata ? kubeObject.LocationOf(metadata.Key) : KeyLocation.Of(kubeObject, "/kind");
        objectContext.Report(Diagnostic.Create(MissingNamespace, location, kubeObject.Kind, kubeObject.Name));
    }, ArgoKinds.Application, ArgoKinds.ApplicationSet, ArgoKinds.AppProject);
}
