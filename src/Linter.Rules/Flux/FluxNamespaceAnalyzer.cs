using GitOpsLint.Analysis;
using GitOpsLint.Diagnostics;
using GitOpsLint.Model;
using GitOpsLint.Model.Flux;
using GitOpsLint.Syntax;
using GitOpsLint.Workspace;

namespace GitOpsLint.Rules.Flux;

/// <summary>A Flux object without <c>metadata.namespace</c> that nothing around it gives a namespace to.</summary>
internal sealed class FluxNamespaceAnalyzer : Analyzer
{
    public static readonly DiagnosticDescriptor MissingNamespace = new(
        "GOL416",
        "Flux object without namespace",
        "{0} has no metadata.namespace and nothing that applies this file sets one: it lands in whatever namespace it is applied to, and its sourceRef/dependsOn without namespace resolve there too; add 'namespace: {1}'",
        DiagnosticCategory.Flux,
        Severity.Note,
        "Flux resolves references written without a namespace (`sourceRef`, `dependsOn`, `valuesFrom`, `substituteFrom`) in the object's own namespace. An object without `metadata.namespace` gets the namespace of whoever applies it, so its references resolve differently depending on how it is applied. Not reported when a kustomization.yaml above the file, a Flux Kustomization `targetNamespace` or an Argo CD destination namespace provides the namespace.")
    {
        BadExample = "apiVersion: source.toolkit.fluxcd.io/v1\nkind: OCIRepository\nmetadata:\n  name: myapp-registry\nspec:\n  interval: 10m\n  url: oci://ghcr.io/org/charts/myapp\n",
        GoodExample = "apiVersion: source.toolkit.fluxcd.io/v1\nkind: OCIRepository\nmetadata:\n  name: myapp-registry\n  namespace: flux-system\nspec:\n  interval: 10m\n  url: oci://ghcr.io/org/charts/myapp\n",
        Tags = ["flux"],
    };

    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics { get; } = [MissingNamespace];

    public override void Initialize(AnalysisContext context) => context.RegisterObjectAction(c =>
    {
        if (!FluxApi.IsFlux(c.Object) || c.Object.Namespace is { Length: > 0 } || c.Object.Origin is not SourceOrigin)
        {
            return;
        }

        var path = c.Object.Document.File.Path;
        if (NamespaceFromKustomizeFile(c.Repository, path) || NamespaceFromFluxKustomization(c.Repository, path) || NamespaceFromArgoApplication(c.Repository, path))
        {
            return;
        }

        var suggestion = c.Object.Kind is FluxApi.HelmRelease ? "<the application's namespace>" : FluxApi.BootstrapName;
        var node = (YamlNode?)c.Object.Root.GetEntry("metadata")?.Key ?? c.Object.Root;
        c.Report(Diagnostic.Create(MissingNamespace, c.Object.LocationOf(node), c.Object.DisplayName, suggestion));
    });

    private static bool NamespaceFromKustomizeFile(Model.Repository repository, string path)
    {
        var directory = RepoPath.GetDirectory(path);
        while (true)
        {
            if (FluxBuildFiles.KustomizationFileIn(repository, directory) is { } file
                && repository.GetFile(file)?.Yaml?.Documents.FirstOrDefault()?.Root is YamlMapping root && root.GetString("namespace") is { Length: > 0 })
            {
                return true;
            }

            if (directory.Length == 0)
            {
                return false;
            }

            directory = RepoPath.GetDirectory(directory);
        }
    }

    private static bool NamespaceFromFluxKustomization(Model.Repository repository, string path) =>
        repository.Objects.Select(FluxKustomization.From).OfType<FluxKustomization>()
            .Any(k => k.TargetNamespace is { IsNull: false } && k.NormalizedPath is { } folder && RepoPath.IsUnder(path, folder));

    private static bool NamespaceFromArgoApplication(Model.Repository repository, string path)
    {
        foreach (var application in repository.Index.OfKind("Application").Where(o => o.Group == "argoproj.io"))
        {
            if (application.Spec?.GetMapping("destination")?.GetString("namespace") is not { Length: > 0 })
            {
                continue;
            }

            var sources = (application.Spec.GetSequence("sources")?.Items ?? []).OfType<YamlMapping>().Append(application.Spec.GetMapping("source")).OfType<YamlMapping>();
            if (sources.Any(s => s.GetString("path") is { } sourcePath && RepoPath.Normalize(sourcePath) is { } folder && RepoPath.IsUnder(path, folder)))
            {
                return true;
            }
        }

        return false;
    }
}
