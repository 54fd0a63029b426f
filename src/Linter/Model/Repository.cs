using GitOpsLint.Configuration;
using GitOpsLint.Workspace;

namespace GitOpsLint.Model;

/// <summary>
/// Everything a run knows about the repository, like a Roslyn Compilation: the workspace, configuration, the files
/// with their roles and syntax trees, and the Kubernetes objects found in them. Immutable once built.
/// </summary>
public sealed class Repository
{
    public Repository(IWorkspace workspace, LintConfiguration configuration, IReadOnlyList<string> allFiles, IReadOnlyList<SourceFile> files, IReadOnlyList<KubeObject> objects)
    {
        Workspace = workspace;
        Configuration = configuration;
        AllFiles = allFiles;
        Files = files;
        Objects = objects;
        filesByPath = files.ToDictionary(f => f.Path, StringComparer.Ordinal);
        allFileSet = new HashSet<string>(allFiles, StringComparer.Ordinal);
        index = new Lazy<ObjectIndex>(() => new ObjectIndex(objects));
        directories = new Lazy<HashSet<string>>(() => CollectDirectories(allFiles));
    }

    private readonly HashSet<string> allFileSet;
    private readonly Lazy<ObjectIndex> index;
    private readonly Lazy<HashSet<string>> directories;

    private readonly Dictionary<string, SourceFile> filesByPath;

    public IWorkspace Workspace { get; }

    public LintConfiguration Configuration { get; }

    /// <summary>Every file considered (after .gitignore and excludes), including non-YAML ones, sorted.</summary>
    public IReadOnlyList<string> AllFiles { get; }

    /// <summary>Files the linter parsed or classified, sorted by path.</summary>
    public IReadOnlyList<SourceFile> Files { get; }

    /// <summary>Kubernetes objects written in the repository's manifest files, in file and document order.</summary>
    public IReadOnlyList<KubeObject> Objects { get; }

    public SourceFile? GetFile(string path) => filesByPath.GetValueOrDefault(path);

    /// <summary>The rendered desired state of the repository's units; empty until the engine renders them (once, before analysis).</summary>
    public DesiredState DesiredState { get; private set; } = DesiredState.Empty;

    /// <summary>Attaches the rendered state; the engine calls it once, before any analyzer runs.</summary>
    internal void AttachDesiredState(DesiredState state) => DesiredState = state;

    /// <summary>The repository's objects by kind, namespace and name.</summary>
    public ObjectIndex Index => index.Value;

    /// <summary>Whether the file exists among the files considered (repository-relative, normalised path).</summary>
    public bool FileExists(string path) => allFileSet.Contains(path);

    /// <summary>Whether a folder holds at least one considered file ("" is the root).</summary>
    public bool DirectoryExists(string path) => path.Length == 0 || directories.Value.Contains(path);

    private static HashSet<string> CollectDirectories(IEnumerable<string> files)
    {
        var result = new HashSet<string>(StringComparer.Ordinal);
        foreach (var file in files)
        {
            var directory = GitOpsLint.Workspace.RepoPath.GetDirectory(file);
            while (directory.Length > 0 && result.Add(directory))
            {
                directory = GitOpsLint.Workspace.RepoPath.GetDirectory(directory);
            }
        }

        return result;
    }
}
