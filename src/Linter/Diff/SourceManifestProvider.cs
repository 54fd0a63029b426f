using GitOpsLint.Configuration;
using GitOpsLint.Engine;
using GitOpsLint.Workspace;

namespace GitOpsLint.Diff;

/// <summary>
/// Desired state without rendering: each folder's manifests, as written, form one unit (<c>folder/apps/web</c>). Useful
/// where rendering does not apply (plain manifest repositories) and as the reference the rendering provider is checked
/// against. Files that do not parse make their folder's unit fail.
/// </summary>
public sealed class SourceManifestProvider : IDesiredStateProvider
{
    private readonly ObjectNormalizer normalizer;

    public SourceManifestProvider(DiffOptions? options = null)
        : this(new ObjectNormalizer(new SecretMasker((options ?? DiffOptions.Default).SecretHashKey)))
    {
    }

    internal SourceManifestProvider(ObjectNormalizer normalizer) => this.normalizer = normalizer;

    public DesiredState Load(IWorkspace workspace, LintConfiguration configuration, DesiredState? other)
    {
        var repository = RepositoryLoader.Load(workspace, configuration);
        var units = new List<UnitState>();
        var byFolder = repository.Objects.GroupBy(o => RepoPath.GetDirectory(o.Document.File.Path), StringComparer.Ordinal);
        var errorsByFolder = repository.Files
            .Where(f => f.Yaml is not null && f.Role is Model.FileRole.Manifests)
            .SelectMany(f => f.Yaml!.Issues.Where(i => i.Kind != Syntax.SyntaxIssueKind.DuplicateKey).Select(i => (Folder: RepoPath.GetDirectory(f.Path), Error: $"{f.Path}:{i.Span.Start.Line}: {i.Message}")))
            .ToLookup(e => e.Folder, e => e.Error, StringComparer.Ordinal);
        var folders = byFolder.Select(g => g.Key).Concat(errorsByFolder.Select(g => g.Key)).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal);
        var objectsByFolder = byFolder.ToDictionary(g => g.Key, g => g.ToArray(), StringComparer.Ordinal);
        foreach (var folder in folders)
        {
            var objects = objectsByFolder.GetValueOrDefault(folder, [])
                .Select(o => normalizer.Normalize(o.Root, null, IgnoreDifferences.None, o.Document.File.Path))
                .OfType<DesiredObject>()
                .ToArray();
            var title = "folder/" + (folder.Length == 0 ? "." : folder);
            units.Add(new UnitState
            {
                Key = title,
                Title = title,
                Kind = "folder",
                DefinedIn = folder.Length == 0 ? "." : folder,
                Objects = objects,
                Errors = errorsByFolder[folder].ToArray(),
            });
        }

        return new DesiredState(workspace.DisplayName, units, units.Count);
    }
}
