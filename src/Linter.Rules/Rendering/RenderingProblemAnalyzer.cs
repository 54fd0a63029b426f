using GitOpsLint.Analysis;
using GitOpsLint.Diagnostics;
using GitOpsLint.Model;

namespace GitOpsLint.Rules.Rendering;

/// <summary>Reports what went wrong while rendering units to their desired state (the engine renders; this rule only reports).</summary>
public sealed class RenderingProblemAnalyzer : Analyzer
{
    public static readonly DiagnosticDescriptor RenderFailed = Descriptor(
        "GOL701", "Unit fails to render", Severity.Error,
        "Helm, kustomize, the ApplicationSet template engine or Flux's variable substitution failed on this unit, exactly as Argo CD or Flux would fail the sync. The message is the engine's own; the location is the template, kustomization or unit where it failed.",
        "apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\npatches:\n  - path: patch.yaml   # the patch names a field that does not exist\n",
        "apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\npatches:\n  - path: patch.yaml\n");

    public static readonly DiagnosticDescriptor MissingInput = Descriptor(
        "GOL702", "Unit input missing", Severity.Error,
        "A path, chart, values file or object a unit needs to render does not exist in the repository, so the controller fails the sync (`app path does not exist`, `no such file`).",
        "spec:\n  source:\n    path: charts/myap   # typo\n",
        "spec:\n  source:\n    path: charts/myapp\n");

    public static readonly DiagnosticDescriptor MissingOptionalInput = Descriptor(
        "GOL703", "Unit input not in the repository", Severity.Warning,
        "A ConfigMap or Secret a unit reads (Flux `substituteFrom`, `valuesFrom`) is not defined in the repository. It may exist only in the cluster, but then the desired state cannot be reviewed from git; variables it provides were left unresolved.",
        "postBuild:\n  substituteFrom:\n    - kind: ConfigMap\n      name: cluster-vars   # not in the repository\n",
        "postBuild:\n  substituteFrom:\n    - kind: ConfigMap\n      name: cluster-vars   # committed under clusters/prod/cluster-vars.yaml\n");

    public static readonly DiagnosticDescriptor OutsideRepository = Descriptor(
        "GOL704", "Unit reads outside the repository", Severity.Error,
        "A unit's path, values file or generator file points outside the repository root (`../../..`). Argo CD and Flux refuse it, and GitOpsLint never reads it.",
        "helm:\n  valueFiles:\n    - ../../../../etc/passwd\n",
        "helm:\n  valueFiles:\n    - ../../environments/prod/values.yaml\n");

    public static readonly DiagnosticDescriptor Cycle = Descriptor(
        "GOL705", "Rendering cycle", Severity.Error,
        "An Application renders an Application that renders the first one again (app-of-apps cycle), or a kustomization includes itself through its resources. Controllers loop or fail; the related locations show the cycle.",
        "# apps/root.yaml syncs apps/, which holds child.yaml, which syncs apps/ again\n",
        "# apps/root.yaml syncs apps/children/ only\n");

    public static readonly DiagnosticDescriptor Limit = Descriptor(
        "GOL706", "Rendering limit reached", Severity.Error,
        "A unit produced more than the renderer allows (an ApplicationSet generating thousands of Applications, recursion deeper than any real repository). The rest was not rendered; the limit protects CI from hostile or runaway input.",
        "generators:\n  - list:\n      elements: [ ...10,000 elements... ]\n",
        "generators:\n  - list:\n      elements: [ {env: dev}, {env: prod} ]\n");

    public static readonly DiagnosticDescriptor Invalid = Descriptor(
        "GOL707", "Unit the controller rejects", Severity.Error,
        "The unit is written in a way Argo CD or Flux rejects before rendering: several source types at once, no source, an ApplicationSet producing Applications without or with duplicate names.",
        "source:\n  path: charts/myapp\n  plugin:\n    name: helmfile\n  kustomize: {}\n",
        "source:\n  path: charts/myapp\n");

    public static readonly DiagnosticDescriptor NotRenderable = Descriptor(
        "GOL708", "Unit not rendered offline", Severity.Note,
        "The unit's source is another repository, a Helm repository without a configured local mirror, or a config management plugin. GitOpsLint never fetches anything, so the unit's desired state is not checked. Configure a local chart mirror (`charts:` in .gitopslint.yaml) or the repository alias (`repositories:`) to render it.",
        "chart:\n  spec:\n    chart: redis\n    sourceRef:\n      kind: HelmRepository\n      name: bitnami\n",
        "# .gitopslint.yaml\ncharts:\n  - repository: https://charts.bitnami.com/bitnami\n    name: redis\n    path: vendor/charts/redis\n");

    public static readonly DiagnosticDescriptor Unsupported = Descriptor(
        "GOL709", "Feature not rendered", Severity.Note,
        "The unit uses a feature GitOpsLint's renderer does not apply (for example an ApplicationSet `templatePatch`, an SCM provider generator, Jsonnet). The rendered output may differ from the controller's.",
        "spec:\n  templatePatch: |\n    ...\n",
        "spec:\n  template:\n    ...\n");

    private static readonly IReadOnlyDictionary<string, DiagnosticDescriptor> ByCode = new Dictionary<string, DiagnosticDescriptor>(StringComparer.Ordinal)
    {
        ["render-failed"] = RenderFailed,
        ["missing"] = MissingInput,
        ["outside-repository"] = OutsideRepository,
        ["cycle"] = Cycle,
        ["limit"] = Limit,
        ["invalid"] = Invalid,
        ["not-renderable-offline"] = NotRenderable,
        ["unsupported"] = Unsupported,
    };

    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics { get; } =
        [RenderFailed, MissingInput, MissingOptionalInput, OutsideRepository, Cycle, Limit, Invalid, NotRenderable, Unsupported];

    public override void Initialize(AnalysisContext context) => context.RegisterRepositoryAction(repository =>
    {
        foreach (var problem in repository.Repository.DesiredState.Problems)
        {
            var descriptor = problem.Code == "missing" && problem.Severity != Severity.Error
                ? MissingOptionalInput
                : ByCode.GetValueOrDefault(problem.Code, RenderFailed);
            var message = problem.Hint is null ? problem.Message : problem.Message + "; " + problem.Hint;
            repository.Report(Diagnostic.Create(descriptor, problem.Location, message) with { RelatedLocations = problem.RelatedLocations });
        }
    });

    private static DiagnosticDescriptor Descriptor(string id, string title, Severity severity, string description, string bad, string good) =>
        new(id, title, "{0}", DiagnosticCategory.Rendering, severity, description) { BadExample = bad, GoodExample = good, Tags = ["rendering"] };
}
