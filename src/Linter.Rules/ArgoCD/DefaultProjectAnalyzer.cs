using GitOpsLint.Analysis;
using GitOpsLint.Diagnostics;
using GitOpsLint.Model.ArgoCD;

namespace GitOpsLint.Rules.ArgoCD;

/// <summary>Production Applications in the unrestricted <c>default</c> AppProject.</summary>
public sealed class DefaultProjectAnalyzer : Analyzer
{
    public static readonly DiagnosticDescriptor DefaultProjectInProduction = new(
        "GOL306",
        "Production Application in the default project",
        "production {0} ({1}) uses the project 'default', which allows any repository, any destination and cluster-scoped resources; create an AppProject that limits them and use it here",
        DiagnosticCategory.ArgoCD,
        Severity.Warning,
        "The `default` AppProject allows every source repository, every destination cluster and namespace, and every resource kind. A production Application in it is protected by nothing: a wrong repoURL or destination, or a chart that creates a ClusterRoleBinding, is synced without objection. Give production its own AppProject with `sourceRepos`, `destinations` and resource allow-lists. Production is recognised as for GOL301 (`productionPatterns` option).")
    {
        BadExample = "metadata:\n  name: payments-prod\nspec:\n  project: default\n",
        GoodExample = "metadata:\n  name: payments-prod\nspec:\n  project: payments   # AppProject with sourceRepos and destinations\n",
        Tags = ["argocd", "production", "security"],
        SecuritySeverity = 5.0,
    };

    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics { get; } = [DefaultProjectInProduction];

    public override void Initialize(AnalysisContext context) => context.RegisterObjectAction(objectContext =>
    {
        if (ApplicationSpecs.Of(objectContext.Object) is not { Spec.Project: { Value: "default" } project } specs)
        {
            return;
        }

        if (ProductionScope.For(objectContext.Repository.Configuration, DefaultProjectInProduction.Id).Reason(specs) is { } reason)
        {
            objectContext.Report(Diagnostic.Create(DefaultProjectInProduction, specs.Owner.LocationOf(project.Node), specs.DisplayName, reason));
        }
    }, ArgoKinds.Application, ArgoKinds.ApplicationSet);
}
