using GitOpsLint.Analysis;
using GitOpsLint.Diagnostics;
using GitOpsLint.Model.Flux;
using GitOpsLint.Rules.RepositoryWide;
using GitOpsLint.Syntax;

namespace GitOpsLint.Rules.Flux;

/// <summary>HelmRepository settings that cost or break: a too-short index interval, an <c>oci://</c> URL without <c>type: oci</c> (and the reverse).</summary>
internal sealed class HelmRepositoryAnalyzer : Analyzer
{
    /// <summary>The default for the <c>minimumInterval</c> option of GOL401.</summary>
    public static readonly TimeSpan DefaultMinimumInterval = TimeSpan.FromMinutes(5);

    public static readonly DiagnosticDescriptor ShortInterval = new(
        "GOL401",
        "HelmRepository index refreshed too often",
        "HelmRepository interval {0} downloads the whole repository index every {0}; use at least {1} (e.g. interval: 1h)",
        DiagnosticCategory.Flux,
        Severity.Warning,
        "For an HTTP Helm repository, source-controller downloads the complete `index.yaml` at every interval. Large indexes (Bitnami's is tens of megabytes) fetched every minute waste bandwidth and memory, slow every other reconciliation and can get the cluster rate-limited. Chart versions rarely change that often; a new chart version is picked up at the next interval anyway, and `flux reconcile source helm` forces a refresh when needed. OCI repositories (`type: oci`) have no index and are not checked. The threshold is the rule option `minimumInterval` (default 5m).")
    {
        BadExample = "apiVersion: source.toolkit.fluxcd.io/v1\nkind: HelmRepository\nmetadata:\n  name: bitnami\n  namespace: flux-system\nspec:\n  interval: 1m\n  url: https://charts.bitnami.com/bitnami\n",
        GoodExample = "apiVersion: source.toolkit.fluxcd.io/v1\nkind: HelmRepository\nmetadata:\n  name: bitnami\n  namespace: flux-system\nspec:\n  interval: 1h\n  url: https://charts.bitnami.com/bitnami\n",
        Tags = ["flux", "performance"],
    };

    public static readonly DiagnosticDescriptor OciTypeMismatch = new(
        "GOL402",
        "HelmRepository URL scheme and type disagree",
        "{0}",
        DiagnosticCategory.Flux,
        Severity.Error,
        "A HelmRepository with an `oci://` URL must say `type: oci`; without it source-controller treats the URL as an HTTP repository, fails to fetch `index.yaml` and no chart from it is ever installed. The reverse, `type: oci` with an `http(s)://` URL, is rejected too. The fix adds `type: oci` (or removes it).")
    {
        BadExample = "apiVersion: source.toolkit.fluxcd.io/v1\nkind: HelmRepository\nmetadata:\n  name: podinfo\n  namespace: flux-system\nspec:\n  interval: 1h\n  url: oci://ghcr.io/stefanprodan/charts\n",
        GoodExample = "apiVersion: source.toolkit.fluxcd.io/v1\nkind: HelmRepository\nmetadata:\n  name: podinfo\n  namespace: flux-system\nspec:\n  type: oci\n  interval: 1h\n  url: oci://ghcr.io/stefanprodan/charts\n",
        Tags = ["flux"],
    };

    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics { get; } = [ShortInterval, OciTypeMismatch];

    public override void Initialize(AnalysisContext context) => context.RegisterObjectAction(c =>
    {
        if (FluxSource.From(c.Object) is not FluxHelmRepository repository)
        {
            return;
        }

        var url = repository.Url?.Value ?? string.Empty;
        var isOciUrl = url.StartsWith("oci://", StringComparison.OrdinalIgnoreCase);
        if (isOciUrl && !repository.IsOci && repository.Url is { } urlNode)
        {
            var urlEntry = c.Object.Spec!.GetEntry("url")!;
            var edit = repository.Type is null
                ? SourceEdits.InsertSiblingAfter(c.Object.Document.File, urlEntry, "type: oci")
                : null;
            var diagnostic = Diagnostic.Create(OciTypeMismatch, c.Object.LocationOf(urlNode), $"the URL {url} is an OCI registry but the HelmRepository has no 'type: oci'; source-controller looks for an HTTP index.yaml there and fails; add 'type: oci'");
            c.Report(edit is null ? diagnostic : diagnostic with { Fix = new Fix("Add 'type: oci'", [edit]) });
        }
        else if (!isOciUrl && repository.IsOci && repository.Type is { } typeNode && url.Length > 0)
        {
            c.Report(Diagnostic.Create(OciTypeMismatch, c.Object.LocationOf(typeNode), $"'type: oci' needs an oci:// URL, but the URL is {url}; use the registry's oci:// address or remove 'type: oci' for an HTTP repository"));
        }

        if (!repository.IsOci && !isOciUrl && repository.Interval is { } interval && GoDuration.TryParse(interval.Value, out var every))
        {
            var minimum = MinimumInterval(c.Repository.Configuration);
            if (every < minimum)
            {
                c.Report(Diagnostic.Create(ShortInterval, c.Object.LocationOf(interval), interval.Value, GoDuration.Format(minimum)));
            }
        }
    }, FluxApi.HelmRepository);

    private static TimeSpan MinimumInterval(Configuration.LintConfiguration configuration) =>
        configuration.RuleOptions(ShortInterval.Id)?.GetValue("minimumInterval") is YamlScalar { IsNull: false } option && GoDuration.TryParse(option.Value, out var configured)
            ? configured
            : DefaultMinimumInterval;
}
