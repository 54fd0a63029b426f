using GitOpsLint.Workspace;

namespace GitOpsLint.Rendering.Units;

/// <summary>
/// The repository with a few files replaced or added, in memory: how the renderer hands an engine a kustomization
/// edited the way Argo CD or Flux edit a copy of it, without touching the repository. Everything else reads through.
/// </summary>
internal sealed class OverlayWorkspace : IWorkspace
{
    private readonly IWorkspace inner;
    private readonly SortedDictionary<string, byte[]> overlay = new(StringComparer.Ordinal);
    private readonly HashSet<string> hidden = new(StringComparer.Ordinal);

    public OverlayWorkspace(IWorkspace inner)
    {
        this.inner = inner;
    }

    public string DisplayName => inner.DisplayName;

    public string? RootDirectory => inner.RootDirectory;

    public IReadOnlyList<WorkspaceIssue> Issues => inner.Issues;

    public void Set(string path, byte[] content)
    {
        overlay[path] = content;
        hidden.Remove(path);
    }

    /// <summary>Makes a file of the repository invisible (Flux replaces a kustomization it regenerates under another name).</summary>
    public void Hide(string path)
    {
        hidden.Add(path);
        overlay.Remove(path);
    }

    public bool FileExists(string path) =>
        RepoPath.Normalize(path) is { } p && !hidden.Contains(p) && (overlay.ContainsKey(p) || inner.FileExists(p));

    public bool DirectoryExists(string path) =>
        inner.DirectoryExists(path) || (RepoPath.Normalize(path) is { } p && overlay.Keys.Any(k => RepoPath.IsUnder(k, p) && k != p));

    public IReadOnlyList<string> ListFiles(string directory) =>
        inner.ListFiles(directory).Where(f => !hidden.Contains(f)).Concat(overlay.Keys.Where(k => RepoPath.IsUnder(k, directory)))
            .Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();

    public byte[]? ReadFile(string path)
    {
        var normalized = RepoPath.Normalize(path);
        if (normalized is null || hidden.Contains(normalized))
        {
            return null;
        }

        return overlay.TryGetValue(normalized, out var bytes) ? bytes : inner.ReadFile(normalized);
    }

    public long GetFileSize(string path) => ReadFile(path)?.LongLength ?? -1;
}
