using GitOpsLint.Analysis;
using GitOpsLint.Diagnostics;
using GitOpsLint.Model;
using GitOpsLint.Model.Flux;
using GitOpsLint.Rules.RepositoryWide;

namespace GitOpsLint.Rules.Flux;

/// <summary>A HelmRelease's or HelmChart's chart <c>version</c>: a constraint Flux cannot parse, or one Flux ignores because the chart comes from Git or a bucket.</summary>
internal sealed class ChartVersionAnalyzer : Analyzer
{
    public static readonly DiagnosticDescriptor InvalidConstraint = new(
        "GOL403",
        "Chart version is not a valid semver constraint",
        "chart version '{0}' is not a semver constraint Flux can parse; use an exact version (1.2.3), a range (>=1.2.0 <2.0.0), a wildcard (1.x) or a caret/tilde (^1.2)",
        DiagnosticCategory.Flux,
        Severity.Error,
        "Flux parses `chart.spec.version` with Masterminds/semver (the same library as Helm). A value it cannot parse — `latest`, `v1.2.3-`, `1.2.3.4`, `>= 1.0 and < 2.0` — makes the HelmChart fail with `invalid version/constraint format`, so the release is never installed or upgraded. Valid forms: `1.2.3`, `1.x`, `*`, `^1.2`, `~1.2.0`, `>=1.2.0 <2.0.0`, `1.2 - 1.4`, alternatives with `||`.")
    {
        BadExample = "spec:\n  chart:\n    spec:\n      chart: redis\n      version: latest\n      sourceRef:\n        kind: HelmRepository\n        name: bitnami\n",
        GoodExample = "spec:\n  chart:\n    spec:\n      chart: redis\n      version: \"18.x\"\n      sourceRef:\n        kind: HelmRepository\n        name: bitnami\n",
        Tags = ["flux", "helm"],
    };

    public static readonly DiagnosticDescriptor IgnoredVersion = new(
        "GOL411",
        "Chart version is ignored for charts from Git or a bucket",
        "chart.spec.version '{0}' is ignored: the chart comes from {1} {2}, and Flux takes its version from the chart's Chart.yaml; remove 'version' (or use a HelmRepository/OCIRepository to select versions)",
        DiagnosticCategory.Flux,
        Severity.Warning,
        "For charts from a GitRepository or Bucket, Flux builds whatever chart is at `chart.spec.chart` at the source's revision; `version` is not used to select anything (the version comes from that chart's `Chart.yaml`). A constraint there gives readers a false sense of pinning: to pin, pin the GitRepository's `ref`. The fix removes the line.")
    {
        BadExample = "spec:\n  chart:\n    spec:\n      chart: ./charts/myapp\n      version: \"1.x.x\"\n      sourceRef:\n        kind: GitRepository\n        name: flux-system\n",
        GoodExample = "spec:\n  chart:\n    spec:\n      chart: ./charts/myapp\n      sourceRef:\n        kind: GitRepository\n        name: flux-system\n",
        Tags = ["flux", "helm"],
    };

    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics { get; } = [InvalidConstraint, IgnoredVersion];

    public override void Initialize(AnalysisContext context) => context.RegisterObjectAction(c =>
    {
        var template = FluxHelmRelease.From(c.Object)?.Chart ?? (FluxSource.From(c.Object) as FluxHelmChart)?.Template;
        if (template?.Version is not { IsNull: false } version || template.Version.Value.Length == 0)
        {
            return;
        }

        var sourceKind = template.SourceRef?.Kind;
        if (sourceKind is FluxApi.GitRepository or FluxApi.Bucket)
        {
            var entry = template.Node.GetEntry("version")!;
            var edit = SourceEdits.DeleteEntryLine(c.Object.Document.File, entry);
            var diagnostic = Diagnostic.Create(IgnoredVersion, c.Object.LocationOf(version), version.Value, sourceKind, template.SourceRef!.Name);
            c.Report(edit is null || c.Object.Origin is not SourceOrigin ? diagnostic : diagnostic with { Fix = new Fix("Remove the ignored version", [edit]) });
            return;
        }

        if (!SemverConstraint.IsValid(version.Value))
        {
            c.Report(Diagnostic.Create(InvalidConstraint, c.Object.LocationOf(version), version.Value));
        }
    }, FluxApi.HelmRelease, FluxApi.HelmChart);
}
