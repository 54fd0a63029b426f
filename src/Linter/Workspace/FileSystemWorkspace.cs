namespace GitOpsLint.Workspace;

/// <summary>
/// The working tree on disk. Symbolic links are followed only when their target stays inside the root; a link that
/// points out (to /etc, say) is reported once and never read. The <c>.git</c> folder is never listed.
/// </summary>
public sealed class FileSystemWorkspace : IWorkspace
{
    private readonly string root;
    private readonly Lazy<(IReadOnlyList<string> Files, IReadOnlyList<WorkspaceIssue> Issues)> listing;

    public FileSystemWorkspace(string rootDirectory)
    {
        root = Path.GetFullPath(rootDirectory).TrimEnd(Path.DirectorySeparatorChar);
        if (root.Length == 0)
        {
            root = "/";
        }

        listing = new Lazy<(IReadOnlyList<string>, IReadOnlyList<WorkspaceIssue>)>(ListAll);
    }

    public string DisplayName => root;

    public string? RootDirectory => root;

    public IReadOnlyList<WorkspaceIssue> Issues => listing.Value.Issues;

    public bool FileExists(string path) => ToSafeFullPath(path) is { } full && File.Exists(full);

    public bool DirectoryExists(string path) => ToSafeFullPath(path) is { } full && Directory.Exists(full);

    public IReadOnlyList<string> ListFiles(string directory)
    {
        var all = listing.Value.Files;
        if (directory.Length == 0)
        {
            return all;
        }

        return all.Where(f => RepoPath.IsUnder(f, directory)).ToArray();
    }

    public byte[]? ReadFile(string path)
    {
        var full = ToSafeFullPath(path);
        if (full is null || !File.Exists(full))
        {
            return null;
        }

        try
        {
            return File.ReadAllBytes(full);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    public long GetFileSize(string path)
    {
        var full = ToSafeFullPath(path);
        return full is not null && File.Exists(full) ? new FileInfo(full).Length : -1;
    }

    /// <summary>The full path for a repository path, or null when the path or any link on it leads outside the root.</summary>
    private string? ToSafeFullPath(string path)
    {
        var normalized = RepoPath.Normalize(path);
        if (normalized is null)
        {
            return null;
        }

        var full = normalized.Length == 0 ? root : Path.Combine(root, normalized);
        return IsInsideRoot(ResolveLinks(full)) ? full : null;
    }

    private bool IsInsideRoot(string? fullPath) =>
        fullPath is not null && (fullPath == root || fullPath.StartsWith(root + Path.DirectorySeparatorChar, StringComparison.Ordinal) || root == "/");

    /// <summary>Resolves links segment by segment from the root; null when a link cycles or cannot be resolved.</summary>
    private string? ResolveLinks(string fullPath)
    {
        var relative = Path.GetRelativePath(root, fullPath);
        if (relative == ".")
        {
            return root;
        }

        var current = root;
        var hops = 0;
        var pending = new Queue<string>(relative.Split(Path.DirectorySeparatorChar));
        while (pending.Count > 0)
        {
            var next = Path.Combine(current, pending.Dequeue());
            FileSystemInfo info = Directory.Exists(next) ? new DirectoryInfo(next) : new FileInfo(next);
            if (info.LinkTarget is { } target)
            {
                if (++hops > 40)
                {
                    return null;
                }

                var resolved = Path.GetFullPath(Path.IsPathRooted(target) ? target : Path.Combine(current, target));
                if (!IsInsideRoot(resolved))
                {
                    return resolved;
                }

                var rest = pending.ToArray();
                pending = new Queue<string>(Path.GetRelativePath(root, resolved).Split(Path.DirectorySeparatorChar).Concat(rest));
                current = root;
                continue;
            }

            current = next;
        }

        return current;
    }

    private (IReadOnlyList<string>, IReadOnlyList<WorkspaceIssue>) ListAll()
    {
        var files = new List<string>();
        var issues = new List<WorkspaceIssue>();
        var pending = new Stack<string>();
        var visited = new HashSet<string>(StringComparer.Ordinal);
        pending.Push(string.Empty);
        while (pending.Count > 0)
        {
            var relative = pending.Pop();
            var full = relative.Length == 0 ? root : Path.Combine(root, relative);
            var realDirectory = ResolveLinks(full);
            if (realDirectory is null || !visited.Add(realDirectory))
            {
                continue;
            }

            IEnumerable<FileSystemInfo> entries;
            try
            {
                entries = new DirectoryInfo(full).EnumerateFileSystemInfos().ToArray();
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
            {
                issues.Add(new WorkspaceIssue(WorkspaceIssueKind.Unreadable, relative, $"the folder could not be read: {exception.Message}"));
                continue;
            }

            foreach (var entry in entries)
            {
                var childRelative = relative.Length == 0 ? entry.Name : relative + "/" + entry.Name;
                if (relative.Length == 0 && entry.Name == ".git")
                {
                    continue;
                }

                if (entry.LinkTarget is not null)
                {
                    var target = ResolveLinks(entry.FullName);
                    if (!IsInsideRoot(target))
                    {
                        issues.Add(new WorkspaceIssue(WorkspaceIssueKind.LinkEscapesRoot, childRelative, $"symbolic link to '{entry.LinkTarget}' points outside the repository; it was not followed"));
                        continue;
                    }

                    if (Directory.Exists(target))
                    {
                        pending.Push(childRelative);
                        continue;
                    }

                    if (File.Exists(target))
                    {
                        files.Add(childRelative);
                    }

                    continue;
                }

                if (entry is DirectoryInfo)
                {
                    pending.Push(childRelative);
                }
                else
                {
                    files.Add(childRelative);
                }
            }
        }

        files.Sort(StringComparer.Ordinal);
        issues.Sort((a, b) => string.CompareOrdinal(a.Path, b.Path));
        return (files, issues);
    }
}
