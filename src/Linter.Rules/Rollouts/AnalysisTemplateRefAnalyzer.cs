using GitOpsLint.Analysis;
using GitOpsLint.Diagnostics;
using GitOpsLint.Model.Rollouts;

namespace GitOpsLint.Rules.Rollouts;

/// <summary>A Rollout analysis naming an AnalysisTemplate (or ClusterAnalysisTemplate) the repository does not define.</summary>
internal sealed class AnalysisTemplateRefAnalyzer : Analyzer
{
    public static readonly DiagnosticDescriptor MissingTemplate = new(
        "GOL245",
        "Analysis template not found",
        "{0} {1} is not defined in this repository: the analysis fails and the rollout aborts at this step; define it, fix the name, or set 'clusterScope: true' for a ClusterAnalysisTemplate",
        DiagnosticCategory.References,
        Severity.Warning,
        "Rollout analyses (canary steps, background analysis, blue-green pre/post promotion) name an AnalysisTemplate in the Rollout's namespace, or a ClusterAnalysisTemplate when `clusterScope: true`. When the template does not exist the AnalysisRun cannot be created and the rollout is aborted (or stays degraded).")
    {
        BadExample = "steps:\n  - analysis:\n      templates:\n        - templateName: success-rate   # no AnalysisTemplate success-rate\n",
        GoodExample = "apiVersion: argoproj.io/v1alpha1\nkind: AnalysisTemplate\nmetadata:\n  name: success-rate\nspec:\n  metrics:\n    - name: success-rate\n      provider:\n        prometheus:\n          address: http://prometheus:9090\n          query: sum(rate(http_requests_total{code!~\"5..\"}[5m])) / sum(rate(http_requests_total[5m]))\n",
        Tags = ["argo-rollouts", "references"],
    };

    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics { get; } = [MissingTemplate];

    public override void Initialize(AnalysisContext context) => context.RegisterObjectAction(c =>
    {
        if (Rollout.From(c.Object) is not { } rollout)
        {
            return;
        }

        foreach (var reference in rollout.AnalysisTemplates)
        {
            var scope = reference.ClusterScope ? null : c.Object.Namespace;
            if (!c.Repository.Index.Find(reference.Kind, reference.Name, scope).Any(o => o.Group == RolloutsApi.Group))
            {
                c.Report(Diagnostic.Create(MissingTemplate, c.Object.LocationOf(reference.NameNode), reference.Kind, reference.Name));
            }
        }
    }, RolloutsApi.Rollout);
}
