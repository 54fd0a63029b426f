using GitOpsLint.Analysis;
using GitOpsLint.Diagnostics;
using GitOpsLint.Model.ArgoCD;

namespace GitOpsLint.Rules.ArgoCD;

/// <summary>Two Applications (or ApplicationSets) with the same name in the same namespace: the second apply replaces the first.</summary>
public sealed class DuplicateApplicationAnalyzer : Analyzer
{
    public static readonly DiagnosticDescriptor DuplicateName = new(
        "GOL316",
        "Duplicate Application name",
        "another {0} is also named '{1}'{2} ({3}); applied together, the last one replaces the other and only one is deployed: give each a unique name",
        DiagnosticCategory.ArgoCD,
        Severity.Error,
        "Argo CD Applications are objects of the control plane's namespace, identified by name. Two manifests with the same name (and the same namespace, or one without a namespace, which lands in the same one) overwrite each other: only the last one applied exists, and which one wins depends on the apply order.")
    {
        BadExample = "# apps/a.yaml\nmetadata:\n  name: myapp\n---\n# apps/b.yaml\nmetadata:\n  name: myapp\n",
        GoodExample = "# apps/a.yaml\nmetadata:\n  name: myapp-prod\n---\n# apps/b.yaml\nmetadata:\n  name: myapp-staging\n",
        Tags = ["argocd"],
    };

    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics { get; } = [DuplicateName];

    public override void Initialize(AnalysisContext context) => context.RegisterObjectAction(objectContext =>
    {
        var kubeObject = objectContext.Object;
        if (kubeObject.Group != ArgoKinds.Group || kubeObject.Name.Length == 0 || TemplateTag.IsTemplated(kubeObject.Name)
            || kubeObject.Metadata?.GetValue("name") is not { } nameNode)
        {
            return;
        }

        var others = objectContext.Repository.Index.Find(kubeObject.Kind, kubeObject.Name, kubeObject.Namespace)
            .Where(o => o != kubeObject && o.Group == kubeObject.Group).ToArray();
        if (others.Length == 0)
        {
            return;
        }

        var namespaceText = kubeObject.Namespace is { } ns ? $" in namespace '{ns}'" : string.Empty;
        var where = string.Join(", ", others.Select(o => o.LocationOf(o.Metadata!.GetValue("name")!).ToString()));
        objectContext.Report(Diagnostic.Create(DuplicateName, kubeObject.LocationOf(nameNode), kubeObject.Kind, kubeObject.Name, namespaceText, where) with
        {
            RelatedLocations = others.Select(o => new RelatedLocation(o.LocationOf(o.Metadata!.GetValue("name")!), "the other " + o.Kind + " named " + o.Name)).ToArray(),
        });
    }, ArgoKinds.Application, ArgoKinds.ApplicationSet, ArgoKinds.AppProject);
}
