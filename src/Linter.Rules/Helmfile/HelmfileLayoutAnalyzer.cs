using GitOpsLint.Analysis;
using GitOpsLint.Diagnostics;
using GitOpsLint.Model.Helmfile;

namespace GitOpsLint.Rules.Helmfile;

/// <summary>helmfile structure: environments declared in the same part as the releases, repositories no release uses.</summary>
internal sealed class HelmfileLayoutAnalyzer : Analyzer
{
    public static readonly DiagnosticDescriptor EnvironmentsWithReleases = new(
        "GOL821",
        "helmfile environments not separated from releases",
        "'environments' is in the same YAML part as 'releases': helmfile renders each part before reading it, so the environment values are not available to templates in this part (helmfile v1 rejects the layout); put '---' after the environments block",
        DiagnosticCategory.Tools,
        Severity.Warning,
        "helmfile renders a helmfile part by part: the `environments` (and `bases`) of a part are loaded before the *next* part is rendered. Declaring environments in the same part as templated releases means `.Environment.Values` are not yet known there; helmfile documents the `---` separation and helmfile v1 enforces it.")
    {
        BadExample = "environments:\n  prod: {}\nreleases:\n  - name: myapp\n    chart: ../../charts/myapp\n",
        GoodExample = "environments:\n  prod: {}\n---\nreleases:\n  - name: myapp\n    chart: ../../charts/myapp\n",
        Tags = ["helmfile"],
    };

    public static readonly DiagnosticDescriptor UnusedRepository = new(
        "GOL822",
        "helmfile repository not used",
        "repository '{0}' is used by no release (no chart starts with '{0}/'): helmfile still adds and updates it on every run; remove it or fix the release's chart",
        DiagnosticCategory.Tools,
        Severity.Note,
        "helmfile runs `helm repo add` and `helm repo update` for every entry of `repositories`, whether a release uses it or not: a useless repository slows every run, and a broken URL fails it. An unused repository is often a sign that a release's chart was meant to come from it.")
    {
        BadExample = "repositories:\n  - name: bitnami\n    url: https://charts.bitnami.com/bitnami\nreleases:\n  - name: myapp\n    chart: ../../charts/myapp\n",
        GoodExample = "releases:\n  - name: myapp\n    chart: ../../charts/myapp\n",
        Tags = ["helmfile"],
    };

    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics { get; } = [EnvironmentsWithReleases, UnusedRepository];

    public override void Initialize(AnalysisContext context) => context.RegisterFileAction(c =>
    {
        if (HelmfileFile.From(c.File) is not { } helmfile)
        {
            return;
        }

        foreach (var part in helmfile.Parts)
        {
            if (part.GetEntry("environments") is { } environments && part.ContainsKey("releases"))
            {
                c.Report(Diagnostic.Create(EnvironmentsWithReleases, Location.Of(helmfile.Yaml, environments.Key)));
            }
        }

        var used = helmfile.Releases.Select(r => r.RepositoryName).OfType<string>().ToHashSet(StringComparer.Ordinal);
        var templated = helmfile.Releases.Any(r => r.Chart?.Value.Contains("{{", StringComparison.Ordinal) == true);
        if (templated || helmfile.HasBases)
        {
            return;
        }

        foreach (var repository in helmfile.Repositories.Where(r => !used.Contains(r.Name)))
        {
            c.Report(Diagnostic.Create(UnusedRepository, Location.Of(helmfile.Yaml, repository.NameNode), repository.Name));
        }
    });
}
