using GitOpsLint.Analysis;
using GitOpsLint.Diagnostics;
using GitOpsLint.Model.References;

namespace GitOpsLint.Rules.References;

/// <summary>
/// Paths written in Argo CD Applications and ApplicationSet templates that point into this repository: the source
/// path, Helm value files and file parameters, multi-source <c>$ref</c>s, and charts (including <c>file://</c>
/// dependencies of Chart.yaml) without a Chart.yaml.
/// </summary>
public sealed class SourceReferenceAnalyzer : Analyzer
{
    public static readonly DiagnosticDescriptor MissingSourcePath = new(
        "GOL201",
        "Application source path does not exist",
        "source path '{0}' does not exist in this repository{1}; Argo CD cannot generate manifests and the Application stays in ComparisonError: {2}",
        DiagnosticCategory.References,
        Severity.Error,
        "The `path` of an Application source (or ApplicationSet template) whose `repoURL` is this repository names a folder that does not exist here. Argo CD fails with `app path does not exist` and the Application never syncs. The repository is recognised from `repositories.self` in .gitopslint.yaml, the remotes of .git/config, or, when neither exists, from the Applications whose paths do exist here.")
    {
        BadExample = "spec:\n  source:\n    repoURL: https://github.com/org/monorepo.git\n    path: chart/myapp      # the folder is charts/myapp\n",
        GoodExample = "spec:\n  source:\n    repoURL: https://github.com/org/monorepo.git\n    path: charts/myapp\n",
        Tags = ["argocd", "references"],
    };

    public static readonly DiagnosticDescriptor ChartWithoutChartYaml = new(
        "GOL202",
        "Chart folder without Chart.yaml",
        "{0}",
        DiagnosticCategory.References,
        Severity.Error,
        "A folder used as a Helm chart (an Application source with `helm:` options, or a `file://` dependency in Chart.yaml) has no Chart.yaml. Without it Argo CD does not treat the folder as a chart (it applies the raw files, with the template syntax in them, or fails), and `helm dependency build` fails for the dependency.")
    {
        BadExample = "# charts/myapp/Chart.yaml\ndependencies:\n  - name: common-lib\n    version: 1.0.0\n    repository: file://../common      # charts/common has no Chart.yaml\n",
        GoodExample = "dependencies:\n  - name: common-lib\n    version: 1.0.0\n    repository: file://../common-lib\n",
        Tags = ["helm", "references"],
    };

    public static readonly DiagnosticDescriptor MissingValueFile = new(
        "GOL203",
        "Helm value file does not exist",
        "value file '{0}' does not exist: Argo CD resolves it relative to the source path '{1}' ({2}), so manifest generation fails; {3}",
        DiagnosticCategory.References,
        Severity.Error,
        "Argo CD resolves `helm.valueFiles` relative to the source `path` (the chart folder), not to the repository root and not to the Application's file. A value file that does not exist there makes `helm template` fail and the Application never syncs (unless `ignoreMissingValueFiles: true`). A file elsewhere in the repository is reached with `../`, or, in a multi-source Application, with `$ref/path`.")
    {
        BadExample = "spec:\n  source:\n    path: charts/myapp\n    helm:\n      valueFiles:\n        - environments/prod/values.yaml   # charts/myapp/environments/prod/values.yaml\n",
        GoodExample = "spec:\n  source:\n    path: charts/myapp\n    helm:\n      valueFiles:\n        - ../../environments/prod/values.yaml\n",
        Tags = ["argocd", "helm", "references"],
    };

    public static readonly DiagnosticDescriptor MissingFileParameter = new(
        "GOL204",
        "Helm file parameter does not exist",
        "file parameter path '{0}' does not exist ({1}, relative to the source path '{2}'); manifest generation fails: {3}",
        DiagnosticCategory.References,
        Severity.Error,
        "`helm.fileParameters` passes a file's content as a value (`--set-file`). Argo CD resolves the path relative to the source path; a missing file fails the render.")
    {
        BadExample = "helm:\n  fileParameters:\n    - name: config\n      path: files/config.json     # not in the chart folder\n",
        GoodExample = "helm:\n  fileParameters:\n    - name: config\n      path: ../../config/config.json\n",
        Tags = ["argocd", "helm", "references"],
    };

    public static readonly DiagnosticDescriptor EscapesRoot = new(
        "GOL206",
        "Path leads outside the repository",
        "'{0}' climbs above the repository root; Argo CD and kustomize refuse paths outside the repository: keep the file inside it",
        DiagnosticCategory.References,
        Severity.Error,
        "A path written in an Application, an ApplicationSet template, a kustomization or a Chart.yaml resolves above the repository root. Argo CD rejects it (`is outside repository root`), kustomize's load restrictor refuses it, and a linter that followed it would read files outside the repository (`../../etc/passwd`); it is reported and never read.")
    {
        BadExample = "helm:\n  valueFiles:\n    - ../../../shared/values.yaml\n",
        GoodExample = "helm:\n  valueFiles:\n    - ../../shared/values.yaml\n",
        Tags = ["references", "security"],
    };

    public static readonly DiagnosticDescriptor UnknownSourceRef = new(
        "GOL207",
        "Unknown multi-source ref",
        "'{0}' reads from source ref '{1}', but no source of this Application declares `ref: {1}`; {2}",
        DiagnosticCategory.References,
        Severity.Error,
        "In a multi-source Application, `$name/path` reads a file from the source that declares `ref: name`. When no source declares it, Argo CD cannot resolve the file and manifest generation fails. In a single-source Application `$name/` paths do not work at all.")
    {
        BadExample = "sources:\n  - repoURL: https://github.com/org/config.git\n    ref: values\n  - chart: redis\n    helm:\n      valueFiles:\n        - $value/redis/values.yaml\n",
        GoodExample = "sources:\n  - repoURL: https://github.com/org/config.git\n    ref: values\n  - chart: redis\n    helm:\n      valueFiles:\n        - $values/redis/values.yaml\n",
        Tags = ["argocd", "references"],
    };

    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics { get; } =
        [MissingSourcePath, ChartWithoutChartYaml, MissingValueFile, MissingFileParameter, EscapesRoot, UnknownSourceRef];

    public override void Initialize(AnalysisContext context) => context.RegisterRepositoryAction(repositoryContext =>
    {
        var repository = repositoryContext.Repository;
        var index = ReferenceIndex.Build(repository);
        var directories = new Lazy<IReadOnlyList<string>>(() => DirectoriesOf(repository.AllFiles));
        foreach (var unit in index.Units)
        {
            if (unit.PathReference is { } path)
            {
                switch (path.Status)
                {
                    case ReferenceStatus.Missing:
                        var suggestion = PathSuggestion.For(path, directories.Value);
                        var report = Diagnostic.Create(MissingSourcePath, unit.Owner.LocationOf(path.Written.Node), path.Written.Value,
                            path.IsTemplated ? $" (no folder matches {path.Target})" : string.Empty,
                            suggestion is null ? "fix the path or the repoURL" : $"did you mean '{suggestion.Path}'?");
                        repositoryContext.Report(WithFix(report, path, suggestion));
                        continue;
                    case ReferenceStatus.EscapesRoot:
                        repositoryContext.Report(Diagnostic.Create(EscapesRoot, unit.Owner.LocationOf(path.Written.Node), path.Written.Value));
                        continue;
                }
            }

            if (unit is { Directory: { } directory, Chart: null, Source.Helm: not null, Source.Plugin: null, Source.Path: { } written }
                && !ReferenceIndex.IsKustomizationDirectory(repository, directory))
            {
                repositoryContext.Report(Diagnostic.Create(ChartWithoutChartYaml, unit.Owner.LocationOf(written.Node),
                    $"source path '{written.Value}' has `helm:` options but no Chart.yaml, so Argo CD does not render it as a chart: add {ReferenceIndex.Combine(directory, "Chart.yaml")} or point the path at the chart folder"));
            }

            foreach (var reference in unit.ValueFiles.Concat(unit.FileParameters))
            {
                ReportSourceFile(repositoryContext, unit, reference);
            }
        }

        foreach (var reference in index.References.Where(r => r is { Kind: ReferenceKind.KustomizeFile, Status: ReferenceStatus.EscapesRoot }))
        {
            repositoryContext.Report(Diagnostic.Create(EscapesRoot, new Location(reference.File, reference.Written.Node.Span, reference.Written.Node.Pointer), reference.Written.Value));
        }

        foreach (var reference in index.References.Where(r => r.Kind == ReferenceKind.ChartDependency))
        {
            var location = new Location(reference.File, reference.Written.Node.Span, reference.Written.Node.Pointer);
            switch (reference.Status)
            {
                case ReferenceStatus.Missing or ReferenceStatus.Incomplete:
                    var what = reference.Status == ReferenceStatus.Missing ? "does not exist" : "has no Chart.yaml";
                    repositoryContext.Report(Diagnostic.Create(ChartWithoutChartYaml, location,
                        $"dependency '{reference.Written.Value}' resolves to {reference.Target}, which {what}; `helm dependency build` and the render fail: point it at a folder with a Chart.yaml"));
                    break;
                case ReferenceStatus.EscapesRoot:
                    repositoryContext.Report(Diagnostic.Create(EscapesRoot, location, reference.Written.Value));
                    break;
            }
        }
    });

    private static void ReportSourceFile(RepositoryAnalysisContext context, SourceUnit unit, Reference reference)
    {
        var location = unit.Owner.LocationOf(reference.Written.Node);
        switch (reference.Status)
        {
            case ReferenceStatus.Missing when !reference.Optional:
                var suggestion = PathSuggestion.For(reference, context.Repository.AllFiles);
                var sourcePath = unit.Source.Path?.Value is { Length: > 0 } written ? written : ".";
                var target = reference.IsTemplated ? $"no file matches {reference.Target}" : reference.Target ?? reference.Written.Value;
                var advice = suggestion is null
                    ? "fix the path" + (reference.Kind == ReferenceKind.ValueFile ? " (or set ignoreMissingValueFiles: true if it is optional)" : " or remove the parameter")
                    : $"use '{suggestion.Path}'";
                var diagnostic = reference.Kind == ReferenceKind.ValueFile
                    ? Diagnostic.Create(MissingValueFile, location, reference.Written.Value, sourcePath, target, advice)
                    : Diagnostic.Create(MissingFileParameter, location, reference.Written.Value, target, sourcePath, advice);
                context.Report(WithFix(diagnostic, reference, suggestion));
                break;
            case ReferenceStatus.EscapesRoot:
                context.Report(Diagnostic.Create(EscapesRoot, location, reference.Written.Value));
                break;
            case ReferenceStatus.UnknownSourceRef:
                var name = reference.Written.Value[1..].Split('/')[0];
                var refs = unit.Spec.EffectiveSources.Select(s => s.Ref?.Value).OfType<string>().ToArray();
                var closest = GitOpsLint.Configuration.ConfigurationLoader.Suggest(name, refs);
                var hint = closest is not null ? $"did you mean '${closest}'?"
                    : unit.Spec.IsMultiSource ? "add `ref: " + name + "` to the source that holds the file"
                    : "`$ref` paths work only in a multi-source Application (spec.sources)";
                context.Report(Diagnostic.Create(UnknownSourceRef, location, reference.Written.Value, name, hint));
                break;
        }
    }

    private static Diagnostic WithFix(Diagnostic diagnostic, Reference reference, PathSuggestion? suggestion)
    {
        if (suggestion is null)
        {
            return diagnostic;
        }

        var withProperty = diagnostic with { Properties = new Dictionary<string, string> { ["suggestedPath"] = suggestion.Path } };
        return suggestion.IsExact && reference.Owner?.Origin is GitOpsLint.Model.SourceOrigin
            ? withProperty with { Fix = new Fix($"Replace with '{suggestion.Path}'", [ScalarEdit.Replace(reference.File, reference.Written.Node, suggestion.Path)]) }
            : withProperty;
    }

    private static IReadOnlyList<string> DirectoriesOf(IEnumerable<string> files) =>
        files.Select(GitOpsLint.Workspace.RepoPath.GetDirectory).Where(d => d.Length > 0)
            .SelectMany(d => Enumerable.Range(1, d.Count(c => c == '/') + 1).Select(n => string.Join('/', d.Split('/').Take(n))))
            .Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
}
