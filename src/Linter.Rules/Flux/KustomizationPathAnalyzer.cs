using GitOpsLint.Analysis;
using GitOpsLint.Diagnostics;
using GitOpsLint.Model;
using GitOpsLint.Model.Flux;
using GitOpsLint.Syntax;
using GitOpsLint.Workspace;

namespace GitOpsLint.Rules.Flux;

/// <summary>
/// What a Flux Kustomization's <c>path</c> points at, when the source is this repository: a folder that does not
/// exist, a folder kustomize-controller cannot build, and two Kustomizations applying the same folder.
/// </summary>
internal sealed class KustomizationPathAnalyzer : Analyzer
{
    public static readonly DiagnosticDescriptor PathMissing = new(
        "GOL242",
        "Flux Kustomization path does not exist",
        "path '{0}' does not exist in the repository (Flux resolves it from the repository root, not from this file); the Kustomization fails with 'kustomization path not found'; fix the path",
        DiagnosticCategory.References,
        Severity.Error,
        "A Flux Kustomization's `spec.path` is relative to the root of its source (here: this repository), whatever folder the Kustomization itself is in. A path that does not exist fails the reconciliation and nothing is applied. Checked only when the source is this repository (the bootstrap `flux-system` GitRepository, a GitRepository with the same URL, or one not defined here).")
    {
        BadExample = "spec:\n  sourceRef:\n    kind: GitRepository\n    name: flux-system\n  path: ./apps/prodution\n",
        GoodExample = "spec:\n  sourceRef:\n    kind: GitRepository\n    name: flux-system\n  path: ./apps/production\n",
        Tags = ["flux", "references"],
    };

    public static readonly DiagnosticDescriptor PathNotBuildable = new(
        "GOL409",
        "Flux Kustomization path cannot be built",
        "{0}",
        DiagnosticCategory.Flux,
        Severity.Error,
        "Without a kustomization file, kustomize-controller generates one that lists every `.yaml`/`.yml` file below `spec.path`, and every such file must decode as Kubernetes objects. A Helm values file, a CI file or any YAML without `apiVersion` and `kind` fails the build, and nothing under the path is applied. With a kustomization file, that file must be kustomize's own configuration, not a Flux Kustomization object. Point the path at a folder of manifests (feed values files to a HelmRelease instead), or add a kustomization.yaml that lists the manifests.")
    {
        BadExample = "# environments/prod holds only values.yaml (Helm values)\nspec:\n  path: ./environments/prod\n",
        GoodExample = "spec:\n  path: ./apps/prod   # Kubernetes manifests, or a kustomization.yaml\n",
        Tags = ["flux", "kustomize"],
    };

    public static readonly DiagnosticDescriptor SamePathTwice = new(
        "GOL417",
        "Two Flux Kustomizations apply the same path",
        "Kustomizations {0} and {1} both apply '{2}' from {3} into the same namespace: they own the same objects and fight over them (and each prunes what the other applies); keep one",
        DiagnosticCategory.Flux,
        Severity.Warning,
        "Two Kustomizations defined side by side that build the same path of the same source with the same target namespace produce the same objects. Each records them in its inventory: they take turns applying, health checks and pruning interfere, and deleting one Kustomization deletes objects the other still declares.")
    {
        BadExample = "# flux/apps.yaml and flux/apps-copy.yaml\nspec:\n  path: ./apps/prod\n  sourceRef:\n    kind: GitRepository\n    name: flux-system\n",
        GoodExample = "# one Kustomization per path (or distinct targetNamespace per tenant)\nspec:\n  path: ./apps/prod\n",
        Tags = ["flux"],
    };

    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics { get; } = [PathMissing, PathNotBuildable, SamePathTwice];

    public override void Initialize(AnalysisContext context)
    {
        context.RegisterObjectAction(c =>
        {
            if (FluxKustomization.From(c.Object) is not { } kustomization || !FluxSourceScope.IsThisRepository(c.Repository, kustomization.SourceRef))
            {
                return;
            }

            var pathNode = (YamlNode?)kustomization.Path ?? c.Object.Spec;
            if (pathNode is null || kustomization.NormalizedPath is not { } path)
            {
                return;
            }

            if (!c.Repository.DirectoryExists(path))
            {
                c.Report(Diagnostic.Create(PathMissing, c.Object.LocationOf(pathNode), kustomization.Path?.Value ?? "./"));
                return;
            }

            var problem = FindBuildProblem(c.Repository, path, kustomization.Path?.Value ?? "./");
            if (problem is not null)
            {
                c.Report(Diagnostic.Create(PathNotBuildable, c.Object.LocationOf(pathNode), problem.Value.Message) with
                {
                    RelatedLocations = [new RelatedLocation(problem.Value.Where, "cannot be built")],
                });
            }
        }, FluxApi.Kustomization);

        context.RegisterRepositoryAction(c =>
        {
            var groups = c.Repository.Objects.Select(FluxKustomization.From).OfType<FluxKustomization>()
                .Where(k => k.SourceRef is not null && k.NormalizedPath is not null)
                .GroupBy(k => (
                    Directory: RepoPath.GetDirectory(k.Object.Document.File.Path),
                    Source: k.SourceRef!.DisplayName,
                    Path: k.NormalizedPath!,
                    Target: k.TargetNamespace?.Value ?? k.Object.Namespace ?? string.Empty));
            foreach (var group in groups)
            {
                var members = group.ToArray();
                for (var i = 1; i < members.Length; i++)
                {
                    var node = (YamlNode?)members[i].Path ?? members[i].Object.Spec ?? members[i].Object.Root;
                    c.Report(Diagnostic.Create(SamePathTwice, members[i].Object.LocationOf(node), members[0].Object.DisplayName, members[i].Object.DisplayName, members[i].Path?.Value ?? "./", group.Key.Source) with
                    {
                        RelatedLocations = [new RelatedLocation(members[0].Object.LocationOf((YamlNode?)members[0].Path ?? members[0].Object.Root), "the other Kustomization")],
                    });
                }
            }
        });
    }

    private static (string Message, Location Where)? FindBuildProblem(Model.Repository repository, string path, string written)
    {
        if (FluxBuildFiles.KustomizationFileIn(repository, path) is { } kustomizationFile)
        {
            var root = repository.GetFile(kustomizationFile)?.Yaml?.Documents.FirstOrDefault()?.Root as YamlMapping;
            if (root?.GetString("apiVersion") is { } apiVersion && apiVersion.StartsWith(FluxApi.KustomizeGroup + "/", StringComparison.Ordinal))
            {
                return ($"path '{written}' holds {kustomizationFile}, which is a Flux Kustomization object, not kustomize configuration: the build fails with 'unknown field \"spec\"'; rename that file or point the path elsewhere",
                    Location.Of(repository.GetFile(kustomizationFile)!.Yaml!, root));
            }

            return null;
        }

        foreach (var file in FluxBuildFiles.Collect(repository, path))
        {
            if (file.Role == FileRole.KustomizeConfig || file.Yaml is not { } yaml || yaml.Issues.Count > 0)
            {
                continue;
            }

            foreach (var document in yaml.Documents)
            {
                var isObject = document.Root is YamlMapping root && root.GetString("apiVersion") is { Length: > 0 } && root.GetString("kind") is { Length: > 0 };
                if (document.Root is not null && !isObject)
                {
                    var hint = file.Role == FileRole.HelmValues ? " (a Helm values file? feed it to a HelmRelease)" : string.Empty;
                    return ($"path '{written}' has no kustomization.yaml, so Flux generates one listing every YAML file, but {file.Path} is not Kubernetes objects (no apiVersion/kind){hint}: the build fails; point the path at manifests or add a kustomization.yaml",
                        Location.Of(yaml, document.Root!));
                }
            }
        }

        return null;
    }
}
