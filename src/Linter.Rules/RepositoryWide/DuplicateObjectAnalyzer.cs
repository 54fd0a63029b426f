using GitOpsLint.Analysis;
using GitOpsLint.Diagnostics;
using GitOpsLint.Model;
using GitOpsLint.Model.Flux;
using GitOpsLint.Syntax;
using GitOpsLint.Workspace;

namespace GitOpsLint.Rules.RepositoryWide;

/// <summary>
/// The same object (group, kind, namespace, name) written twice in one deployable folder. Per-environment overlays
/// legitimately repeat names in different folders, so only objects applied together are compared: the same folder,
/// or the same tree under a Flux Kustomization path that has no kustomization file (Flux applies it recursively).
/// </summary>
internal sealed class DuplicateObjectAnalyzer : Analyzer
{
    public static readonly DiagnosticDescriptor DuplicateObject = new(
        "GOL250",
        "Object defined twice in one deployable folder",
        "{0} is already defined in {1}, and both are applied together from {2}: kustomize refuses the duplicate ('already registered id'), a plain apply keeps only the last one; remove one of them",
        DiagnosticCategory.References,
        Severity.Error,
        "Two documents with the same API group, kind, namespace and name in one folder (or in one tree Flux applies as a whole) describe the same cluster object. kustomize fails the build; Argo CD and kubectl apply both, and the last one silently wins, so an edit to the other copy never takes effect. Objects with the same name in different overlay folders are not compared.")
    {
        BadExample = "# apps/prod/web.yaml and apps/prod/web-copy.yaml both hold\nkind: Service\nmetadata:\n  name: web\n  namespace: prod\n",
        GoodExample = "# one Service web in apps/prod; per-environment copies live in their own overlay folders\n",
        Tags = ["references"],
    };

    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics { get; } = [DuplicateObject];

    public override void Initialize(AnalysisContext context) => context.RegisterRepositoryAction(c =>
    {
        var recursiveRoots = c.Repository.Objects.Select(FluxKustomization.From).OfType<FluxKustomization>()
            .Select(k => k.NormalizedPath).OfType<string>()
            .Where(p => c.Repository.DirectoryExists(p) && FluxBuildFiles.KustomizationFileIn(c.Repository, p) is null)
            .Distinct(StringComparer.Ordinal).ToArray();
        var groups = c.Repository.Objects
            .Where(o => o.Name.Length > 0 && o.Origin is SourceOrigin && !o.Kind.EndsWith("List", StringComparison.Ordinal))
            .GroupBy(o => (Unit: UnitOf(o.Document.File.Path, recursiveRoots), o.Group, o.Kind, Namespace: o.Namespace ?? string.Empty, o.Name));
        foreach (var group in groups)
        {
            var members = group.ToArray();
            for (var i = 1; i < members.Length; i++)
            {
                var node = (YamlNode?)members[i].Metadata?.GetValue("name") ?? members[i].Root;
                var firstNode = (YamlNode?)members[0].Metadata?.GetValue("name") ?? members[0].Root;
                var unit = group.Key.Unit.Length == 0 ? "the repository root" : group.Key.Unit;
                c.Report(Diagnostic.Create(DuplicateObject, members[i].LocationOf(node), members[i].DisplayName, members[0].Document.File.Path, unit) with
                {
                    RelatedLocations = [new RelatedLocation(members[0].LocationOf(firstNode), "first definition")],
                });
            }
        }
    });

    /// <summary>The folder the file is applied with: the outermost recursive Flux path above it, else its own folder.</summary>
    private static string UnitOf(string path, IReadOnlyList<string> recursiveRoots)
    {
        var directory = RepoPath.GetDirectory(path);
        return recursiveRoots.Where(r => RepoPath.IsUnder(directory, r)).OrderBy(r => r.Length).FirstOrDefault() ?? directory;
    }
}
