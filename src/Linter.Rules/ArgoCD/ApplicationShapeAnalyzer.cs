using GitOpsLint.Analysis;
using GitOpsLint.Diagnostics;
using GitOpsLint.Model.ArgoCD;
using GitOpsLint.Syntax;

namespace GitOpsLint.Rules.ArgoCD;

/// <summary>
/// The parts every Application needs: a project, a destination naming its cluster once (by server or by name), a
/// source with a repoURL; and the two ways of writing sources, of which Argo CD uses only one.
/// </summary>
public sealed class ApplicationShapeAnalyzer : Analyzer
{
    public static readonly DiagnosticDescriptor AmbiguousDestination = new(
        "GOL304",
        "Destination must name its cluster by server or by name",
        "{0}",
        DiagnosticCategory.ArgoCD,
        Severity.Error,
        "`spec.destination` identifies the cluster either by `server` (the API URL) or by `name` (a cluster registered in Argo CD), never both: with both, Argo CD refuses the Application (`application destination can't have both name and server defined`); with neither, it has no cluster to deploy to.")
    {
        BadExample = "destination:\n  server: https://kubernetes.default.svc\n  name: in-cluster\n  namespace: myapp\n",
        GoodExample = "destination:\n  server: https://kubernetes.default.svc\n  namespace: myapp\n",
        Tags = ["argocd"],
    };

    public static readonly DiagnosticDescriptor MissingRequiredField = new(
        "GOL305",
        "Application lacks a required field",
        "{0} has no {1}; {2}",
        DiagnosticCategory.ArgoCD,
        Severity.Error,
        "An Application needs `spec.project` and `spec.destination` (required by the CRD: the apply is rejected), a source (`spec.source` or `spec.sources`), and a `repoURL` in every source. Without them nothing is deployed.")
    {
        BadExample = "spec:\n  source:\n    path: charts/myapp\n",
        GoodExample = "spec:\n  project: myapp\n  source:\n    repoURL: https://github.com/org/monorepo.git\n    path: charts/myapp\n    targetRevision: v1.2.0\n  destination:\n    server: https://kubernetes.default.svc\n    namespace: myapp\n",
        Tags = ["argocd"],
    };

    public static readonly DiagnosticDescriptor SourceAndSources = new(
        "GOL315",
        "Application sets both source and sources",
        "{0} sets both spec.source and spec.sources; Argo CD uses only spec.sources and ignores spec.source: move the source into spec.sources or remove one",
        DiagnosticCategory.ArgoCD,
        Severity.Warning,
        "When `spec.sources` is set, Argo CD ignores `spec.source`. Edits to the ignored one change nothing, and reviewers read the wrong source.")
    {
        BadExample = "spec:\n  source:\n    repoURL: https://github.com/org/app.git\n    path: deploy\n  sources:\n    - repoURL: https://github.com/org/config.git\n      ref: values\n",
        GoodExample = "spec:\n  sources:\n    - repoURL: https://github.com/org/app.git\n      path: deploy\n    - repoURL: https://github.com/org/config.git\n      ref: values\n",
        Tags = ["argocd"],
    };

    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics { get; } = [AmbiguousDestination, MissingRequiredField, SourceAndSources];

    public override void Initialize(AnalysisContext context) => context.RegisterObjectAction(objectContext =>
    {
        var kubeObject = objectContext.Object;
        if (ArgoApplication.From(kubeObject) is { } application)
        {
            if (application.Spec is null)
            {
                objectContext.Report(Diagnostic.Create(MissingRequiredField, KeyLocation.Of(kubeObject, "/kind"), "Application " + kubeObject.Name, "spec", "add spec with project, source and destination"));
                return;
            }

            Check(objectContext, new ApplicationSpecs(kubeObject, application.Spec, kubeObject.Metadata, false), "/spec");
        }
        else if (ArgoApplicationSet.From(kubeObject) is { TemplateSpec: { } templateSpec } set && set.TemplatePatch is null)
        {
            // A templatePatch may add any of these fields, so only a template without one is checked.
            Check(objectContext, new ApplicationSpecs(kubeObject, templateSpec, set.TemplateMetadata, true), templateSpec.Node.Pointer);
        }
    }, ArgoKinds.Application, ArgoKinds.ApplicationSet);

    private static void Check(ObjectAnalysisContext context, ApplicationSpecs specs, string specPointer)
    {
        var spec = specs.Spec;
        var owner = specs.Owner;
        var specKey = KeyLocation.Of(owner, specPointer);
        void Missing(Location location, string field, string advice) => context.Report(Diagnostic.Create(MissingRequiredField, location, specs.DisplayName, field, advice));

        if (!spec.Node.ContainsKey("project"))
        {
            Missing(specKey, "spec.project", "the CRD requires it: set the AppProject that limits what it may deploy (e.g. project: default, or better a dedicated project)");
        }

        if (spec.Destination is not { } destination)
        {
            if (!spec.Node.ContainsKey("destination"))
            {
                Missing(specKey, "spec.destination", "the CRD requires it: set destination.server (or name) and destination.namespace");
            }
        }
        else if (destination.Server is not null && destination.Name is not null)
        {
            context.Report(Diagnostic.Create(AmbiguousDestination, KeyLocation.Of(owner, JsonPointer.Append(destination.Node.Pointer, "name")),
                $"destination sets both server '{destination.Server.Value}' and name '{destination.Name.Value}'; Argo CD rejects the Application: keep only one"));
        }
        else if (destination.Server is null && destination.Name is null)
        {
            context.Report(Diagnostic.Create(AmbiguousDestination, KeyLocation.Of(owner, destination.Node.Pointer),
                "destination names no cluster; set server (e.g. https://kubernetes.default.svc) or name (a cluster registered in Argo CD)"));
        }

        if (spec.Source is null && !spec.IsMultiSource && !spec.Node.ContainsKey("sourceHydrator"))
        {
            Missing(specKey, "source", "set spec.source (or spec.sources) with repoURL, path or chart, and targetRevision");
        }

        foreach (var source in spec.EffectiveSources.Where(s => s.RepoUrl is null && !s.Node.ContainsKey("repoURL")))
        {
            Missing(KeyLocation.Of(owner, source.Node.Pointer), source.DisplayName + ".repoURL", "set the git repository or Helm repository URL the source comes from");
        }

        if (spec.Source is not null && spec.IsMultiSource)
        {
            context.Report(Diagnostic.Create(SourceAndSources, KeyLocation.Of(owner, JsonPointer.Append(spec.Node.Pointer, "source")), specs.DisplayName));
        }
    }
}
