using GitOpsLint.Analysis;
using GitOpsLint.Diagnostics;
using GitOpsLint.Model.Rollouts;
using GitOpsLint.Syntax;

namespace GitOpsLint.Rules.Rollouts;

/// <summary>A Rollout's pod source and selector: neither (or both) of template and workloadRef, a selector its pods do not match.</summary>
internal sealed class RolloutSpecAnalyzer : Analyzer
{
    public static readonly DiagnosticDescriptor PodSource = new(
        "GOL805",
        "Rollout needs exactly one of template and workloadRef",
        "{0}",
        DiagnosticCategory.Tools,
        Severity.Error,
        "A Rollout takes its pods either from `spec.template` (like a Deployment) or from an existing Deployment through `spec.workloadRef`. With neither there is nothing to run; with both the Rollout is rejected as invalid.")
    {
        BadExample = "spec:\n  selector:\n    matchLabels:\n      app: myapp\n  strategy:\n    canary: {}\n",
        GoodExample = "spec:\n  selector:\n    matchLabels:\n      app: myapp\n  workloadRef:\n    apiVersion: apps/v1\n    kind: Deployment\n    name: myapp\n",
        Tags = ["argo-rollouts"],
    };

    public static readonly DiagnosticDescriptor SelectorMismatch = new(
        "GOL804",
        "Rollout selector does not match its pod template",
        "selector label {0}={1} {2} in the pod template labels: the Rollout is rejected ('selector does not match template labels'); make spec.template.metadata.labels include every matchLabels entry",
        DiagnosticCategory.Tools,
        Severity.Error,
        "As for a Deployment, every `spec.selector.matchLabels` entry must appear with the same value in `spec.template.metadata.labels`; otherwise the Rollout is invalid and no ReplicaSet is created.")
    {
        BadExample = "spec:\n  selector:\n    matchLabels:\n      app: myapp\n  template:\n    metadata:\n      labels:\n        app: my-app\n",
        GoodExample = "spec:\n  selector:\n    matchLabels:\n      app: myapp\n  template:\n    metadata:\n      labels:\n        app: myapp\n",
        Tags = ["argo-rollouts"],
    };

    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics { get; } = [PodSource, SelectorMismatch];

    public override void Initialize(AnalysisContext context) => context.RegisterObjectAction(c =>
    {
        if (Rollout.From(c.Object) is not { } rollout || c.Object.Root.GetEntry("spec") is not { } specEntry)
        {
            return;
        }

        var hasTemplate = rollout.Template is not null;
        if (!hasTemplate && rollout.WorkloadRef is null)
        {
            c.Report(Diagnostic.Create(PodSource, c.Object.LocationOf(specEntry.Key), "the Rollout has neither spec.template nor spec.workloadRef: there are no pods to roll out; add a pod template or reference a Deployment with workloadRef"));
        }
        else if (hasTemplate && rollout.WorkloadRef is not null)
        {
            c.Report(Diagnostic.Create(PodSource, c.Object.LocationOf(c.Object.Spec!.GetEntry("workloadRef")!.Key), "the Rollout has both spec.template and spec.workloadRef, which is invalid; keep one"));
        }

        if (!hasTemplate || rollout.SelectorMatchLabels is not { } matchLabels)
        {
            return;
        }

        var labels = rollout.TemplateLabels;
        foreach (var entry in matchLabels.Entries)
        {
            var expected = (entry.Value as YamlScalar)?.Value ?? string.Empty;
            var actual = labels?.GetString(entry.KeyText);
            if (actual != expected)
            {
                var problem = actual is null ? "is missing" : $"differs (template has '{actual}')";
                c.Report(Diagnostic.Create(SelectorMismatch, c.Object.LocationOf(entry.Key), entry.KeyText, expected, problem));
            }
        }
    }, RolloutsApi.Rollout);
}
