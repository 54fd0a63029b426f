using GitOpsLint.Analysis;
using GitOpsLint.Diagnostics;
using GitOpsLint.Model;
using GitOpsLint.Model.Flux;
using GitOpsLint.Rules.RepositoryWide;

namespace GitOpsLint.Rules.Flux;

/// <summary>Flux <c>sourceRef</c>/<c>chartRef</c> naming a source that the repository does not define (or defines in another namespace).</summary>
internal sealed class SourceRefAnalyzer : Analyzer
{
    public static readonly DiagnosticDescriptor MissingSource = new(
        "GOL240",
        "Flux source reference not found",
        "{0}",
        DiagnosticCategory.References,
        Severity.Warning,
        "Kustomizations, HelmReleases and HelmCharts name their source (GitRepository, HelmRepository, OCIRepository, Bucket, HelmChart) by kind, name and namespace; without a namespace, the referring object's own namespace is used. A source that does not exist leaves the object waiting forever (`source not found`). When the source exists in another namespace, the fix adds that namespace. The bootstrap `flux-system` GitRepository, created by `flux bootstrap`, is only noted when it is not committed.")
    {
        BadExample = "# HelmRepository bitnami is in flux-system; the HelmRelease is in myapp\nspec:\n  chart:\n    spec:\n      chart: redis\n      sourceRef:\n        kind: HelmRepository\n        name: bitnami\n",
        GoodExample = "spec:\n  chart:\n    spec:\n      chart: redis\n      sourceRef:\n        kind: HelmRepository\n        name: bitnami\n        namespace: flux-system\n",
        Tags = ["flux", "references"],
    };

    public static readonly DiagnosticDescriptor BootstrapSourceNotCommitted = new(
        "GOL243",
        "Bootstrap source not in the repository",
        "GitRepository {0} is not defined in this repository; it is normally created by 'flux bootstrap' (gotk-sync.yaml): make sure it exists in the cluster, or commit it",
        DiagnosticCategory.References,
        Severity.Note,
        "`flux bootstrap` creates the `flux-system` GitRepository (and commits it as `flux-system/gotk-sync.yaml`). When the repository does not contain it, the objects that reference it work only in clusters bootstrapped for this repository; the finding is a reminder, not an error.")
    {
        BadExample = "spec:\n  sourceRef:\n    kind: GitRepository\n    name: flux-system\n# and no flux-system/gotk-sync.yaml in the repository\n",
        GoodExample = "# clusters/prod/flux-system/gotk-sync.yaml committed by flux bootstrap\n",
        Tags = ["flux", "references"],
    };

    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics { get; } = [MissingSource, BootstrapSourceNotCommitted];

    public override void Initialize(AnalysisContext context) => context.RegisterObjectAction(c =>
    {
        var references = new List<SourceReference?>();
        if (FluxHelmRelease.From(c.Object) is { } release)
        {
            references.Add(release.Chart?.SourceRef);
            references.Add(release.ChartRef);
        }
        else if (FluxKustomization.From(c.Object) is { } kustomization)
        {
            references.Add(kustomization.SourceRef);
        }
        else if (FluxSource.From(c.Object) is FluxHelmChart chart)
        {
            references.Add(chart.Template?.SourceRef);
        }

        foreach (var reference in references.OfType<SourceReference>())
        {
            Check(c, reference);
        }
    }, FluxApi.HelmRelease, FluxApi.Kustomization, FluxApi.HelmChart);

    private static void Check(ObjectAnalysisContext c, SourceReference reference)
    {
        if (!FluxApi.SourceKinds.Contains(reference.Kind) || reference.NameNode is not { } nameNode)
        {
            return;
        }

        if (c.Repository.Index.Find(reference.Kind, reference.Name, reference.Namespace).Any(IsFluxSource))
        {
            return;
        }

        var elsewhere = c.Repository.Index.Find(reference.Kind, reference.Name).Where(IsFluxSource).Select(o => o.Namespace).OfType<string>().Distinct(StringComparer.Ordinal).ToArray();
        if (elsewhere.Length > 0 && reference.Namespace is not null)
        {
            var message = $"{reference.Kind} {reference.Name} is not in namespace {reference.Namespace}" +
                (reference.WrittenNamespace is null ? $" (a sourceRef without namespace resolves in the {c.Object.Kind}'s namespace)" : string.Empty) +
                $" but exists in {string.Join(", ", elsewhere)}; " + (elsewhere.Length == 1 ? $"add 'namespace: {elsewhere[0]}' to the sourceRef" : "set the sourceRef's namespace");
            var diagnostic = Diagnostic.Create(MissingSource, c.Object.LocationOf(nameNode), message);
            if (elsewhere.Length == 1 && c.Object.Origin is SourceOrigin && reference.NamespaceNode is null
                && SourceEdits.InsertSiblingAfter(c.Object.Document.File, reference.Node.GetEntry("name")!, "namespace: " + elsewhere[0]) is { } edit)
            {
                diagnostic = diagnostic with { Fix = new Fix($"Add 'namespace: {elsewhere[0]}'", [edit]) };
            }

            c.Report(diagnostic);
            return;
        }

        if (reference.Kind == FluxApi.GitRepository && reference.Name == FluxApi.BootstrapName)
        {
            c.Report(Diagnostic.Create(BootstrapSourceNotCommitted, c.Object.LocationOf(nameNode), reference.DisplayName));
            return;
        }

        c.Report(Diagnostic.Create(MissingSource, c.Object.LocationOf(nameNode), $"{reference.DisplayName} is not defined in this repository: the {c.Object.Kind} waits forever for its source; define it, or fix the name, kind or namespace"));
    }

    private static bool IsFluxSource(KubeObject kubeObject) => kubeObject.Group == FluxApi.SourceGroup;
}
