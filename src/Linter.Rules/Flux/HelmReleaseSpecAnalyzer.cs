using GitOpsLint.Analysis;
using GitOpsLint.Diagnostics;
using GitOpsLint.Model.Flux;
using GitOpsLint.Syntax;

namespace GitOpsLint.Rules.Flux;

/// <summary>HelmRelease spec mistakes: no interval, an OCIRepository behind <c>chart.spec.sourceRef</c>, a release landing in flux-system.</summary>
internal sealed class HelmReleaseSpecAnalyzer : Analyzer
{
    public static readonly DiagnosticDescriptor MissingInterval = new(
        "GOL413",
        "HelmRelease without interval",
        "HelmRelease {0} has no spec.interval, which every HelmRelease API version requires: the object is rejected; add e.g. 'interval: 10m'",
        DiagnosticCategory.Flux,
        Severity.Error,
        "`spec.interval` (how often helm-controller reconciles the release and corrects drift) is required in helm.toolkit.fluxcd.io v2beta1, v2beta2 and v2. Without it the API server rejects the HelmRelease and the chart is never installed.")
    {
        BadExample = "apiVersion: helm.toolkit.fluxcd.io/v2\nkind: HelmRelease\nmetadata:\n  name: myapp\n  namespace: myapp\nspec:\n  chartRef:\n    kind: OCIRepository\n    name: myapp\n",
        GoodExample = "apiVersion: helm.toolkit.fluxcd.io/v2\nkind: HelmRelease\nmetadata:\n  name: myapp\n  namespace: myapp\nspec:\n  interval: 10m\n  chartRef:\n    kind: OCIRepository\n    name: myapp\n",
        Tags = ["flux", "helm"],
    };

    public static readonly DiagnosticDescriptor OciRepositoryAsChartSource = new(
        "GOL414",
        "OCIRepository referenced from chart.spec.sourceRef",
        "chart.spec.sourceRef cannot name an OCIRepository (only HelmRepository, GitRepository or Bucket); reference it with 'spec.chartRef: {{kind: OCIRepository, name: {0}}}' in a helm.toolkit.fluxcd.io/v2 HelmRelease, and drop 'chart'",
        DiagnosticCategory.Flux,
        Severity.Error,
        "`spec.chart.spec` makes helm-controller create a HelmChart, whose `sourceRef` accepts HelmRepository, GitRepository and Bucket only. An OCIRepository holding a chart is referenced with `spec.chartRef` (HelmRelease v2), which uses the artifact as is.")
    {
        BadExample = "spec:\n  chart:\n    spec:\n      chart: myapp\n      sourceRef:\n        kind: OCIRepository\n        name: myapp\n",
        GoodExample = "spec:\n  chartRef:\n    kind: OCIRepository\n    name: myapp\n",
        Tags = ["flux", "helm"],
    };

    public static readonly DiagnosticDescriptor ReleaseInFluxSystem = new(
        "GOL415",
        "HelmRelease installs into flux-system",
        "HelmRelease {0} is in flux-system and has no targetNamespace, so its chart is installed into flux-system next to the Flux controllers; set 'targetNamespace' (with install.createNamespace if needed), or move the HelmRelease to the application's namespace",
        DiagnosticCategory.Flux,
        Severity.Note,
        "Without `spec.targetNamespace`, helm-controller installs the release into the HelmRelease's own namespace. HelmReleases are often grouped in `flux-system` for convenience, which then puts the application's objects in the controllers' namespace, under its network policies and quotas, and mixes their lifecycles.")
    {
        BadExample = "metadata:\n  name: podinfo\n  namespace: flux-system\nspec:\n  interval: 10m\n",
        GoodExample = "metadata:\n  name: podinfo\n  namespace: flux-system\nspec:\n  interval: 10m\n  targetNamespace: podinfo\n  install:\n    createNamespace: true\n",
        Tags = ["flux", "helm"],
    };

    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics { get; } = [MissingInterval, OciRepositoryAsChartSource, ReleaseInFluxSystem];

    public override void Initialize(AnalysisContext context) => context.RegisterObjectAction(c =>
    {
        if (FluxHelmRelease.From(c.Object) is not { } release)
        {
            return;
        }

        if (release.Interval is null)
        {
            c.Report(Diagnostic.Create(MissingInterval, c.Object.LocationOf((YamlNode?)c.Object.Root.GetEntry("spec")?.Key ?? c.Object.Root), c.Object.Name));
        }

        if (release.Chart?.SourceRef is { Kind: FluxApi.OCIRepository } sourceRef && sourceRef.KindNode is { } kindNode)
        {
            c.Report(Diagnostic.Create(OciRepositoryAsChartSource, c.Object.LocationOf(kindNode), sourceRef.Name));
        }

        if (c.Object.Namespace == FluxApi.BootstrapName && release.TargetNamespace is null && c.Object.Metadata?.GetValue("namespace") is { } namespaceNode)
        {
            c.Report(Diagnostic.Create(ReleaseInFluxSystem, c.Object.LocationOf(namespaceNode), c.Object.Name));
        }
    }, FluxApi.HelmRelease);
}
