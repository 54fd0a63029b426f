using GitOpsLint.Analysis;
using GitOpsLint.Diagnostics;
using GitOpsLint.Model.Flux;
using GitOpsLint.Syntax;

namespace GitOpsLint.Rules.Flux;

/// <summary>Flux Kustomization settings a reviewer would question: <c>wait</c> without <c>timeout</c>, <c>prune</c> off or missing.</summary>
internal sealed class KustomizationSettingsAnalyzer : Analyzer
{
    public static readonly DiagnosticDescriptor WaitWithoutTimeout = new(
        "GOL407",
        "Kustomization waits without a timeout",
        "'wait: true' without 'timeout': the health check times out after the interval ({0}); set 'timeout' to how long the rollout may really take (e.g. timeout: 5m)",
        DiagnosticCategory.Flux,
        Severity.Note,
        "With `wait: true` kustomize-controller waits for every applied object to become ready, for at most `spec.timeout`, which defaults to `spec.interval`. The interval is chosen for drift detection, not for rollouts: a 1m interval fails slow rollouts, a 1h interval blocks dependants for an hour on a broken one. Say how long a rollout may take.")
    {
        BadExample = "spec:\n  interval: 1m\n  wait: true\n",
        GoodExample = "spec:\n  interval: 1m\n  wait: true\n  timeout: 5m\n",
        Tags = ["flux"],
    };

    public static readonly DiagnosticDescriptor PruneDisabled = new(
        "GOL408",
        "Kustomization does not prune",
        "{0}",
        DiagnosticCategory.Flux,
        Severity.Note,
        "With `prune: false`, objects removed from Git stay in the cluster forever: the cluster drifts from the repository, and a renamed object runs twice. `prune: true` deletes what Git no longer declares (objects can opt out with the `kustomize.toolkit.fluxcd.io/prune: disabled` annotation). `prune` is required in every Kustomization API version, so a missing one is also rejected by the API server.")
    {
        BadExample = "spec:\n  interval: 10m\n  path: ./apps/prod\n  prune: false\n",
        GoodExample = "spec:\n  interval: 10m\n  path: ./apps/prod\n  prune: true\n",
        Tags = ["flux"],
    };

    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics { get; } = [WaitWithoutTimeout, PruneDisabled];

    public override void Initialize(AnalysisContext context) => context.RegisterObjectAction(c =>
    {
        if (FluxKustomization.From(c.Object) is not { } kustomization || c.Object.Spec is not { } spec)
        {
            return;
        }

        if (kustomization.Wait is { Resolved.Value: true } wait && kustomization.Timeout is null)
        {
            c.Report(Diagnostic.Create(WaitWithoutTimeout, c.Object.LocationOf(spec.GetEntry("wait")!.Key), kustomization.Interval?.Value ?? "unset"));
        }

        switch (kustomization.Prune)
        {
            case null:
                c.Report(Diagnostic.Create(PruneDisabled, c.Object.LocationOf(c.Object.Root.GetEntry("spec")!.Key), "'prune' is missing: it is required, and objects removed from Git would stay in the cluster; add 'prune: true'"));
                break;
            case { Resolved.Value: false } prune:
                c.Report(Diagnostic.Create(PruneDisabled, c.Object.LocationOf(prune), "'prune: false': objects removed from Git stay in the cluster; use 'prune: true' (and the kustomize.toolkit.fluxcd.io/prune: disabled annotation on objects that must survive)"));
                break;
        }
    }, FluxApi.Kustomization);
}
