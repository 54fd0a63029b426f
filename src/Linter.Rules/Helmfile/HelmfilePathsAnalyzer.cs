using GitOpsLint.Analysis;
using GitOpsLint.Diagnostics;
using GitOpsLint.Model.Helmfile;
using GitOpsLint.Syntax;
using GitOpsLint.Workspace;

namespace GitOpsLint.Rules.Helmfile;

/// <summary>
/// Files a helmfile names that do not exist: local charts, and values/secrets files for any declared environment
/// (<c>{{ .Environment.Name }}</c> expanded per environment; other template expressions are skipped with a note).
/// </summary>
internal sealed class HelmfilePathsAnalyzer : Analyzer
{
    public static readonly DiagnosticDescriptor MissingChart = new(
        "GOL246",
        "helmfile local chart not found",
        "chart '{0}' resolves to {1} (relative to the helmfile's folder), which is not a chart folder in the repository: helmfile fails for this release; fix the path",
        DiagnosticCategory.References,
        Severity.Error,
        "helmfile resolves a local chart (`./...`, `../...`) against the folder of the helmfile, not the repository root or the current directory. A path that does not lead to a folder with a Chart.yaml fails `helmfile template/apply` for the release.")
    {
        BadExample = "# apps/myapp/helmfile.yaml\nreleases:\n  - name: myapp\n    chart: ./charts/myapp\n",
        GoodExample = "# apps/myapp/helmfile.yaml\nreleases:\n  - name: myapp\n    chart: ../../charts/myapp\n",
        Tags = ["helmfile", "references"],
    };

    public static readonly DiagnosticDescriptor MissingFile = new(
        "GOL247",
        "helmfile values or secrets file not found",
        "{0} file '{1}' does not exist for environment(s) {2} (looked for {3}, relative to the helmfile's folder): helmfile fails for those environments; create the file(s) or fix the path",
        DiagnosticCategory.References,
        Severity.Error,
        "helmfile reads a release's `values` and `secrets` files relative to the helmfile's folder, after expanding `{{ .Environment.Name }}` with the selected environment. A missing file fails the release for that environment (missing values files are only skipped with `missingFileHandler: Warn`/`Info`). Every declared environment is checked.")
    {
        BadExample = "environments:\n  dev: {}\n  prod: {}\n---\nreleases:\n  - name: myapp\n    chart: ../../charts/myapp\n    values:\n      - environments/{{ .Environment.Name }}/values.yaml   # no such folder next to the helmfile\n",
        GoodExample = "releases:\n  - name: myapp\n    chart: ../../charts/myapp\n    values:\n      - ../../environments/{{ .Environment.Name }}/values.yaml\n",
        Tags = ["helmfile", "references"],
    };

    public static readonly DiagnosticDescriptor TemplateSkipped = new(
        "GOL820",
        "helmfile template expression not checked",
        "'{0}' uses a template expression the linter does not evaluate (only {{{{ .Environment.Name }}}} is); this path is not checked",
        DiagnosticCategory.Tools,
        Severity.Note,
        "The linter expands `{{ .Environment.Name }}` for every declared environment and checks the resulting paths. Other Go template expressions (values, functions, conditionals) depend on data it does not evaluate, so those paths are skipped; the note says so rather than staying silent.")
    {
        BadExample = "values:\n  - config/{{ .Values.region }}/values.yaml\n",
        GoodExample = "values:\n  - config/{{ .Environment.Name }}/values.yaml\n",
        Tags = ["helmfile"],
    };

    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics { get; } = [MissingChart, MissingFile, TemplateSkipped];

    public override void Initialize(AnalysisContext context) => context.RegisterFileAction(c =>
    {
        if (HelmfileFile.From(c.File) is not { } helmfile)
        {
            return;
        }

        foreach (var release in helmfile.Releases)
        {
            if (release.HasLocalChart && release.Chart is { } chart)
            {
                CheckChart(c, helmfile, chart);
            }

            foreach (var (kind, references) in new[] { ("values", release.Values), ("secrets", release.Secrets) })
            {
                foreach (var reference in references)
                {
                    CheckFile(c, helmfile, kind, reference.PathNode);
                }
            }
        }
    });

    private static void CheckChart(FileAnalysisContext c, HelmfileFile helmfile, YamlScalar chart)
    {
        if (HelmfileTemplate.HasTemplate(chart.Value))
        {
            c.Report(Diagnostic.Create(TemplateSkipped, Location.Of(helmfile.Yaml, chart), chart.Value));
            return;
        }

        var folder = RepoPath.Combine(helmfile.Directory, chart.Value);
        if (folder is not null && !c.Repository.FileExists(folder.Length == 0 ? "Chart.yaml" : folder + "/Chart.yaml"))
        {
            c.Report(Diagnostic.Create(MissingChart, Location.Of(helmfile.Yaml, chart), chart.Value, folder.Length == 0 ? "the repository root" : folder));
        }
    }

    private static void CheckFile(FileAnalysisContext c, HelmfileFile helmfile, string kind, YamlScalar pathNode)
    {
        var missing = new List<(string Environment, string Path)>();
        foreach (var environment in helmfile.EnvironmentNames)
        {
            if (HelmfileTemplate.Expand(pathNode.Value, environment) is not { } expanded)
            {
                c.Report(Diagnostic.Create(TemplateSkipped, Location.Of(helmfile.Yaml, pathNode), pathNode.Value));
                return;
            }

            if (expanded.Contains("://", StringComparison.Ordinal))
            {
                return;
            }

            var resolved = RepoPath.Combine(helmfile.Directory, expanded);
            if (resolved is not null && !c.Repository.FileExists(resolved))
            {
                missing.Add((environment, resolved));
            }
        }

        if (missing.Count > 0)
        {
            var paths = missing.Select(m => m.Path).Distinct(StringComparer.Ordinal).ToArray();
            c.Report(Diagnostic.Create(MissingFile, Location.Of(helmfile.Yaml, pathNode), kind, pathNode.Value, string.Join(", ", missing.Select(m => m.Environment)), string.Join(", ", paths)));
        }
    }
}
