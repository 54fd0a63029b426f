using GitOpsLint.Analysis;
using GitOpsLint.Configuration;
using GitOpsLint.Diagnostics;
using GitOpsLint.Model.ArgoCD;
using GitOpsLint.Model.References;

namespace GitOpsLint.Rules.ArgoCD;

/// <summary>Misspelt Argo CD finalizers, which silently turn cascading deletion off (or block deletion forever).</summary>
public sealed class FinalizerAnalyzer : Analyzer
{
    public static readonly DiagnosticDescriptor UnknownFinalizer = new(
        "GOL314",
        "Unknown Argo CD finalizer",
        "finalizer '{0}' is not one Argo CD knows, so no controller removes it: deleting the {1} hangs forever and its resources are not cleaned up; {2}",
        DiagnosticCategory.ArgoCD,
        Severity.Error,
        "Argo CD acts on the finalizers `resources-finalizer.argocd.argoproj.io` (with `/background` or `/foreground`), `post-delete-finalizer.argocd.argoproj.io` (and `/cleanup`) and `pre-delete-finalizer.argocd.argoproj.io` (and `/cleanup`). A misspelt one is never removed by any controller: the Application stays in deletion forever, and the cascading delete its author wanted never happens.")
    {
        BadExample = "metadata:\n  finalizers:\n    - resources-finalizers.argocd.argoproj.io\n",
        GoodExample = "metadata:\n  finalizers:\n    - resources-finalizer.argocd.argoproj.io\n",
        Tags = ["argocd"],
    };

    private static readonly string[] Known =
    [
        "resources-finalizer.argocd.argoproj.io",
        "resources-finalizer.argocd.argoproj.io/background",
        "resources-finalizer.argocd.argoproj.io/foreground",
        "post-delete-finalizer.argocd.argoproj.io",
        "post-delete-finalizer.argocd.argoproj.io/cleanup",
        "pre-delete-finalizer.argocd.argoproj.io",
        "pre-delete-finalizer.argocd.argoproj.io/cleanup",
    ];

    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics { get; } = [UnknownFinalizer];

    public override void Initialize(AnalysisContext context) => context.RegisterObjectAction(objectContext =>
    {
        var kubeObject = objectContext.Object;
        var lists = new List<(IReadOnlyList<LocatedString> Finalizers, string What)> { (LocatedString.ListFrom(kubeObject.Metadata, "finalizers"), kubeObject.Kind) };
        if (ArgoApplicationSet.From(kubeObject) is { TemplateMetadata: { } templateMetadata })
        {
            lists.Add((LocatedString.ListFrom(templateMetadata, "finalizers"), "generated Applications"));
        }

        foreach (var (finalizers, what) in lists)
        {
            foreach (var finalizer in finalizers)
            {
                var value = finalizer.Value;
                if (Known.Contains(value) || TemplateTag.IsTemplated(value))
                {
                    continue;
                }

                var suggestion = Known.OrderBy(k => EditDistance.Between(k, value)).First();
                var looksLikeArgo = value.Contains("argocd", StringComparison.OrdinalIgnoreCase) || value.Contains("argoproj", StringComparison.OrdinalIgnoreCase)
                    || EditDistance.Between(suggestion, value) <= 4;
                if (!looksLikeArgo)
                {
                    continue;
                }

                var diagnostic = Diagnostic.Create(UnknownFinalizer, kubeObject.LocationOf(finalizer.Node), value, what, $"did you mean '{suggestion}'?")
                    with { Properties = new Dictionary<string, string> { ["suggestedFinalizer"] = suggestion } };
                if (EditDistance.Between(suggestion, value) <= 4 && kubeObject.Origin is GitOpsLint.Model.SourceOrigin)
                {
                    diagnostic = diagnostic with { Fix = new Fix($"Replace with '{suggestion}'", [References.ScalarEdit.Replace(kubeObject.Document.File.Path, finalizer.Node, suggestion)]) };
                }

                objectContext.Report(diagnostic);
            }
        }
    }, ArgoKinds.Application, ArgoKinds.ApplicationSet, ArgoKinds.AppProject);
}
