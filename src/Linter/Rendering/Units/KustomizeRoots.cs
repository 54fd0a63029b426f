using GitOpsLint.Diagnostics;
using GitOpsLint.Model;
using GitOpsLint.Syntax;
using GitOpsLint.Workspace;

namespace GitOpsLint.Rendering.Units;

/// <summary>
/// The kustomization folders that are deployed on their own: every folder with a kustomization file, minus components,
/// folders another kustomization lists (resources, bases, components), and folders a controller unit already builds
/// (an Argo CD source path, a Flux Kustomization path, or a folder Flux's generated kustomization includes).
/// </summary>
internal static class KustomizeRoots
{
    public static readonly string[] FileNames = ["kustomization.yaml", "kustomization.yml", "Kustomization"];

    public static IReadOnlyList<DeployableUnit> Find(UnitDiscoveryContext context, IEnumerable<DeployableUnit> controllerUnits)
    {
        var repository = context.Repository;
        var files = repository.AllFiles.Where(f => FileNames.Contains(RepoPath.GetFileName(f))).ToArray();
        var directories = files.Select(RepoPath.GetDirectory).ToHashSet(StringComparer.Ordinal);
        var referenced = new HashSet<string>(StringComparer.Ordinal);
        foreach (var file in files)
        {
            var root = repository.GetFile(file)?.Yaml?.Documents.FirstOrDefault()?.Root as YamlMapping;
            if (root?.GetString("kind") == "Component")
            {
                referenced.Add(RepoPath.GetDirectory(file));
            }

            foreach (var key in new[] { "resources", "bases", "components" })
            {
                foreach (var item in root?.GetSequence(key)?.Items.OfType<YamlScalar>() ?? [])
                {
                    if (RepoPath.Combine(RepoPath.GetDirectory(file), item.Value) is { } target && directories.Contains(target))
                    {
                        referenced.Add(target);
                    }
                }
            }
        }

        foreach (var unit in controllerUnits.Where(u => u.Source.IsLocal && u.Source.Path is not null))
        {
            var path = unit.Source.Path!;
            referenced.Add(path);
            if (!directories.Contains(path) && IncludesSubfolders(unit))
            {
                // A folder without a kustomization: Flux generates one that includes the first kustomization folders below
                // it, and an Argo CD directory source applies their files; either way they are not deployed on their own.
                referenced.UnionWith(directories.Where(d => RepoPath.IsUnder(d, path)));
            }
        }

        var units = new List<DeployableUnit>();
        foreach (var file in files.Where(f => !referenced.Contains(RepoPath.GetDirectory(f))))
        {
            var directory = RepoPath.GetDirectory(file);
            var location = Location.InFile(file);
            var display = directory.Length == 0 ? "." : directory;
            units.Add(new DeployableUnit
            {
                Id = "kustomize/" + display,
                Kind = UnitKind.Kustomize,
                Name = display,
                Environment = context.Environments.Guess([], [directory]),
                Source = new UnitSource(null, directory, null, null, true, UnitSourceType.Kustomize, location),
                Location = location,
                Chain = [new RelatedLocation(location, "kustomization " + display)],
            });
        }

        return units;
    }

    /// <summary>Flux Kustomizations always take the folders below their path; Argo CD directory sources only with <c>recurse</c>.</summary>
    private static bool IncludesSubfolders(DeployableUnit unit)
    {
        if (unit.Kind != UnitKind.ArgoApplication)
        {
            return unit.Kind == UnitKind.FluxKustomization;
        }

        var source = unit.SourceIndex is { } index ? unit.Object?.Spec?.GetSequence("sources")?.Items[index] as YamlMapping : unit.Object?.Spec?.GetMapping("source");
        return unit.Source.Type != UnitSourceType.Plugin && source?.GetMapping("directory")?.GetValue("recurse") is YamlScalar { Resolved.Value: true };
    }
}
