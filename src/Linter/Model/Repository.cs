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
    }

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
}
