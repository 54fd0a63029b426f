using GitOpsLint.Analysis;
using GitOpsLint.Diagnostics;
using GitOpsLint.Model.References;

namespace GitOpsLint.Rules.References;

/// <summary>Files and folders a kustomization lists (resources, components, patches, generator files ...) that do not exist (paths above the root are GOL206, reported by <see cref="SourceReferenceAnalyzer"/>).</summary>
public sealed class KustomizeReferenceAnalyzer : Analyzer
{
    public static readonly DiagnosticDescriptor MissingKustomizeFile = new(
        "GOL205",
        "Kustomization references a missing file",
        "{0} entry '{1}' {2}; `kustomize build` (and Argo CD, Flux) fail on this kustomization: {3}",
        DiagnosticCategory.References,
        Severity.Error,
        "Every path in `resources`, `components`, `bases`, `patches`, `patchesStrategicMerge`, `patchesJson6902`, `configMapGenerator`/`secretGenerator` files, `crds`, `replacements` and the plugin lists must exist relative to the kustomization's folder; a folder in `resources` or `components` must hold a kustomization.yaml. Otherwise kustomize stops with `accumulating resources` or `no such file or directory` and nothing of the overlay deploys.")
    {
        BadExample = "resources:\n  - deployment.yaml\n  - servce.yaml         # the file is service.yaml\n",
        GoodExample = "resources:\n  - deployment.yaml\n  - service.yaml\n",
        Tags = ["kustomize", "references"],
    };

    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics { get; } = [MissingKustomizeFile];

    public override void Initialize(AnalysisContext context) => context.RegisterRepositoryAction(repositoryContext =>
    {
        var repository = repositoryContext.Repository;
        var resolver = new ReferenceResolver(repository, new GitOpsLint.Model.Helm.HelmChartCatalog(repository));
        foreach (var kustomization in repositoryContext.Repository.Files.Select(GitOpsLint.Model.Kustomize.Kustomization.From).OfType<GitOpsLint.Model.Kustomize.Kustomization>())
        {
            foreach (var written in kustomization.References)
            {
                var reference = resolver.ResolveKustomize(kustomization, written);
                var location = new Location(reference.File, reference.Written.Node.Span, reference.Written.Node.Pointer);
                switch (reference.Status)
                {
                    case ReferenceStatus.Missing:
                        var candidates = written.MayBeDirectory ? repository.AllFiles.Concat(DirectoriesWithKustomization(repository)) : repository.AllFiles;
                        var suggestion = PathSuggestion.For(reference, candidates);
                        var diagnostic = Diagnostic.Create(MissingKustomizeFile, location, written.FieldName, reference.Written.Value,
                            $"does not exist ({reference.Target})", suggestion is null ? "fix the path or remove the entry" : $"did you mean '{suggestion.Path}'?");
                        if (suggestion is { IsExact: true })
                        {
                            diagnostic = diagnostic with
                            {
                                Fix = new Fix($"Replace with '{suggestion.Path}'", [ScalarEdit.Replace(reference.File, reference.Written.Node, suggestion.Path)]),
                                Properties = new Dictionary<string, string> { ["suggestedPath"] = suggestion.Path },
                            };
                        }

                        repositoryContext.Report(diagnostic);
                        break;
                    case ReferenceStatus.Incomplete:
                        repositoryContext.Report(Diagnostic.Create(MissingKustomizeFile, location, written.FieldName, reference.Written.Value,
                            "is a folder without a kustomization.yaml", "add a kustomization.yaml there or list its files"));
                        break;
                }
            }
        }
    });

    private static IEnumerable<string> DirectoriesWithKustomization(GitOpsLint.Model.Repository repository) =>
        repository.Files.Where(f => f.Role == GitOpsLint.Model.FileRole.KustomizeConfig).Select(f => GitOpsLint.Workspace.RepoPath.GetDirectory(f.Path));
}
