using LibGit2Sharp;

namespace GitOpsLint.Workspace.Git;

/// <summary>
/// A git revision read straight from the object database, without a checkout: the tree of any rev-parse expression
/// (<c>origin/main</c>, <c>HEAD~2</c>, a tag, a commit id, or <c>A...B</c> for their merge base). Works in a CI clone where
/// the base is only a fetched remote ref. Symbolic links are followed when their target stays inside the root and
/// reported (like <see cref="FileSystemWorkspace"/>) when it leaves; submodules are reported and not read. Files are
/// bytes whatever they hold. Thread-safe: libgit2 calls are serialised.
/// </summary>
public sealed class GitRevisionWorkspace : IWorkspace, IDisposable
{
    private const int MaxLinkHops = 40;

    private const string GitConfigPath = ".git/config";

    private readonly LibGit2Sharp.Repository repository;
    private readonly object gate = new();
    private readonly SortedDictionary<string, ObjectId> files = new(StringComparer.Ordinal);
    private readonly HashSet<string> directories = new(StringComparer.Ordinal) { string.Empty };
    private readonly Dictionary<string, long> sizes = new(StringComparer.Ordinal);
    private readonly List<WorkspaceIssue> issues = [];
    private readonly string[] allFiles;

    private GitRevisionWorkspace(LibGit2Sharp.Repository repository, string revision, string commitId, Tree gitRoot, string subdirectory)
    {
        this.repository = repository;
        Revision = revision;
        CommitId = commitId;
        Subdirectory = subdirectory;
        Index(gitRoot);
        allFiles = files.Keys.ToArray();
        issues.Sort((a, b) => string.CompareOrdinal(a.Path, b.Path));
    }

    /// <summary>The revision as asked for.</summary>
    public string Revision { get; }

    /// <summary>The full id of the commit read (or of the tree, when the revision names a tree).</summary>
    public string CommitId { get; }

    /// <summary>The folder of the git tree this workspace is rooted at ("" for the repository root).</summary>
    public string Subdirectory { get; }

    public string DisplayName => $"{Revision} ({CommitId[..Math.Min(12, CommitId.Length)]})";

    /// <summary>Null: the revision's files are not on disk (the working tree may hold other contents).</summary>
    public string? RootDirectory => null;

    public IReadOnlyList<WorkspaceIssue> Issues => issues;

    /// <summary>
    /// Opens <paramref name="revision"/> of the repository containing <paramref name="path"/>, rooted at that folder
    /// (so a workspace opened on a subfolder sees the same paths as <see cref="FileSystemWorkspace"/> on it).
    /// </summary>
    /// <exception cref="GitRevisionException">No repository, an unknown revision, or history a shallow clone lacks.</exception>
    public static GitRevisionWorkspace Open(string path, string revision)
    {
        var full = Path.GetFullPath(path);
        var gitDirectory = LibGit2Sharp.Repository.Discover(full)
            ?? throw new GitRevisionException($"'{full}' is not inside a git repository; git revisions cannot be read there");
        var repository = new LibGit2Sharp.Repository(gitDirectory);
        try
        {
            var workDirectory = repository.Info.WorkingDirectory is { } w ? Path.GetFullPath(w).TrimEnd(Path.DirectorySeparatorChar) : null;
            var subdirectory = workDirectory is null ? string.Empty : RepoPath.Normalize(Path.GetRelativePath(workDirectory, full).Replace(Path.DirectorySeparatorChar, '/')) ?? string.Empty;
            var (id, tree) = Resolve(repository, revision);
            return new GitRevisionWorkspace(repository, revision, id, tree, subdirectory);
        }
        catch
        {
            repository.Dispose();
            throw;
        }
    }

    public bool FileExists(string path) => RepoPath.Normalize(path) is { } p && files.ContainsKey(p);

    public bool DirectoryExists(string path) => RepoPath.Normalize(path) is { } p && directories.Contains(p);

    public IReadOnlyList<string> ListFiles(string directory)
    {
        if (directory.Length == 0)
        {
            return allFiles;
        }

        var normalized = RepoPath.Normalize(directory);
        return normalized is null ? [] : allFiles.Where(f => RepoPath.IsUnder(f, normalized)).ToArray();
    }

    public byte[]? ReadFile(string path)
    {
        if (RepoPath.Normalize(path) is GitConfigPath && Subdirectory.Length == 0)
        {
            // The repository's own configuration is not versioned: every revision has the clone's remotes, as the working
            // tree does (units decide which repository URLs are "this repository" from them).
            var config = Path.Combine(repository.Info.Path, "config");
            return File.Exists(config) ? File.ReadAllBytes(config) : null;
        }

        if (RepoPath.Normalize(path) is not { } p || !files.TryGetValue(p, out var id))
        {
            return null;
        }

        lock (gate)
        {
            var blob = repository.Lookup<Blob>(id)
                ?? throw new GitRevisionException($"{DisplayName}: the content of '{p}' (blob {id.Sha[..12]}) is missing from the object database; a partial clone (--filter) needs 'git fetch' of that revision, or clone without a filter");
            using var stream = blob.GetContentStream();
            using var memory = new MemoryStream(blob.Size > int.MaxValue ? 0 : (int)blob.Size);
            stream.CopyTo(memory);
            return memory.ToArray();
        }
    }

    public long GetFileSize(string path)
    {
        if (RepoPath.Normalize(path) is not { } p || !files.TryGetValue(p, out var id))
        {
            return -1;
        }

        lock (gate)
        {
            if (!sizes.TryGetValue(p, out var size))
            {
                size = repository.ObjectDatabase.RetrieveObjectMetadata(id).Size;
                sizes[p] = size;
            }

            return size;
        }
    }

    /// <summary>The git blob id of a file (its content's identity), or null when the file does not exist.</summary>
    public string? BlobId(string path) => RepoPath.Normalize(path) is { } p && files.TryGetValue(p, out var id) ? id.Sha : null;

    public void Dispose() => repository.Dispose();

    private static (string Id, Tree Tree) Resolve(LibGit2Sharp.Repository repository, string revision)
    {
        if (revision.Length == 0)
        {
            throw new GitRevisionException("the revision is empty; give a branch, tag, commit id or expression such as origin/main");
        }

        var mergeBase = revision.IndexOf("...", StringComparison.Ordinal);
        if (mergeBase > 0)
        {
            var left = ResolveCommit(repository, revision[..mergeBase]);
            var right = ResolveCommit(repository, revision[(mergeBase + 3)..]);
            var commonAncestor = repository.ObjectDatabase.FindMergeBase(left, right)
                ?? throw new GitRevisionException(Shallow(repository)
                    ? $"'{revision}': no merge base was found, and this clone is shallow; fetch more history: git fetch --unshallow"
                    : $"'{revision}': the two revisions share no history (no merge base)");
            return (commonAncestor.Sha, commonAncestor.Tree);
        }

        var found = Lookup(repository, revision);
        return found switch
        {
            Tree tree => (tree.Sha, tree),
            _ => Peel(repository, revision, found),
        };
    }

    private static Commit ResolveCommit(LibGit2Sharp.Repository repository, string revision) =>
        PeelTo<Commit>(Lookup(repository, revision))
            ?? throw new GitRevisionException($"'{revision}' does not name a commit, so it has no merge base");

    private static (string, Tree) Peel(LibGit2Sharp.Repository repository, string revision, GitObject found)
    {
        var commit = PeelTo<Commit>(found);
        if (commit is not null)
        {
            return (commit.Sha, commit.Tree);
        }

        return PeelTo<Tree>(found) is { } tree
            ? (tree.Sha, tree)
            : throw new GitRevisionException($"'{revision}' names a {found.GetType().Name.ToLowerInvariant()}, not a commit or tree");
    }

    /// <summary>Follows annotated tags to what they point at; a commit peels to a tree only when asked for one.</summary>
    private static T? PeelTo<T>(GitObject found)
        where T : GitObject
    {
        var current = found;
        for (var depth = 0; depth < 16 && current is TagAnnotation tag; depth++)
        {
            current = tag.Target;
        }

        return current as T;
    }

    private static GitObject Lookup(LibGit2Sharp.Repository repository, string revision)
    {
        GitObject? found;
        try
        {
            found = repository.Lookup(revision);
        }
        catch (AmbiguousSpecificationException)
        {
            throw new GitRevisionException($"'{revision}' is ambiguous (a short id matching several objects); give more characters of the id");
        }
        catch (LibGit2SharpException exception) when (exception is not NotFoundException)
        {
            throw new GitRevisionException($"'{revision}' is not a revision git understands: {exception.Message}", exception);
        }
        catch (NotFoundException)
        {
            found = null;
        }

        if (found is not null)
        {
            return found;
        }

        var shallow = Shallow(repository);
        var remotes = repository.Network.Remotes.Select(r => r.Name).ToArray();
        var advice = FetchAdvice.For(revision, remotes, shallow);
        var why = shallow
            ? $"revision '{revision}' was not found, and this clone is shallow (made with --depth, as CI checkouts are by default): its history may simply not have been fetched"
            : $"revision '{revision}' was not found in this repository";
        throw new GitRevisionException($"{why}; fetch it with: {advice}" + (shallow ? " (or check out with full history, e.g. actions/checkout with fetch-depth: 0)" : string.Empty));
    }

    private static bool Shallow(LibGit2Sharp.Repository repository) => repository.Info.IsShallow;

    /// <summary>Lists every blob below the root, follows links that stay inside, and records the rest as issues.</summary>
    private void Index(Tree gitRoot)
    {
        var blobs = new Dictionary<string, (ObjectId Id, Mode Mode)>(StringComparer.Ordinal);
        var links = new List<(string Path, string Target)>();
        Walk(gitRoot, string.Empty, blobs);
        foreach (var (path, (id, mode)) in blobs)
        {
            if (mode == Mode.SymbolicLink)
            {
                links.Add((path, repository.Lookup<Blob>(id).GetContentText()));
            }
        }

        var prefix = Subdirectory.Length == 0 ? string.Empty : Subdirectory + "/";
        foreach (var (path, (id, mode)) in blobs)
        {
            if (mode is Mode.SymbolicLink || !path.StartsWith(prefix, StringComparison.Ordinal))
            {
                continue;
            }

            Add(path[prefix.Length..], id);
        }

        var linkTargets = links.ToDictionary(l => l.Path, l => l.Target, StringComparer.Ordinal);
        foreach (var (path, target) in links.Where(l => l.Path.StartsWith(prefix, StringComparison.Ordinal)))
        {
            var relative = path[prefix.Length..];
            var resolved = ResolveLink(path, linkTargets);
            if (resolved is null || !(resolved.Length == 0 ? Subdirectory.Length == 0 : RepoPath.IsUnder(resolved, Subdirectory)))
            {
                issues.Add(new WorkspaceIssue(WorkspaceIssueKind.LinkEscapesRoot, relative, $"symbolic link to '{target}' points outside the repository; it was not followed"));
                continue;
            }

            if (blobs.TryGetValue(resolved, out var blob) && blob.Mode != Mode.SymbolicLink)
            {
                Add(relative, blob.Id);
                continue;
            }

            // A link to a folder inside the root: its files are listed once, at their real place, as
            // FileSystemWorkspace lists each real folder once (a link cannot make a file appear twice in a diff).
        }
    }

    private void Walk(Tree tree, string prefix, Dictionary<string, (ObjectId, Mode)> blobs)
    {
        foreach (var entry in tree)
        {
            var path = prefix.Length == 0 ? entry.Name : prefix + "/" + entry.Name;
            switch (entry.TargetType)
            {
                case TreeEntryTargetType.Tree:
                    Walk((Tree)entry.Target, path, blobs);
                    break;
                case TreeEntryTargetType.Blob:
                    blobs[path] = (entry.Target.Id, entry.Mode);
                    break;
                case TreeEntryTargetType.GitLink:
                    var prefixOfRoot = Subdirectory.Length == 0 ? string.Empty : Subdirectory + "/";
                    if (path.StartsWith(prefixOfRoot, StringComparison.Ordinal))
                    {
                        issues.Add(new WorkspaceIssue(WorkspaceIssueKind.Unreadable, path[prefixOfRoot.Length..], $"submodule at commit {entry.Target.Sha[..12]}: its files are in another repository and were not read"));
                    }

                    break;
            }
        }
    }

    /// <summary>The git-tree path a link finally points at (following links in any folder of the path), or null when it leaves the tree or loops.</summary>
    private static string? ResolveLink(string linkPath, Dictionary<string, string> links)
    {
        var current = linkPath;
        for (var hops = 0; hops < MaxLinkHops; hops++)
        {
            if (!links.TryGetValue(current, out var target))
            {
                // Links on a folder of the path: "a/link/file" where "a/link" is a link.
                var replaced = false;
                foreach (var (path, folderTarget) in links)
                {
                    if (current.StartsWith(path + "/", StringComparison.Ordinal))
                    {
                        var folder = RepoPath.Combine(RepoPath.GetDirectory(path), folderTarget);
                        if (folder is null || folderTarget.StartsWith('/'))
                        {
                            return null;
                        }

                        current = (folder.Length == 0 ? string.Empty : folder + "/") + current[(path.Length + 1)..];
                        replaced = true;
                        break;
                    }
                }

                if (!replaced)
                {
                    return current;
                }

                continue;
            }

            if (target.StartsWith('/'))
            {
                return null;
            }

            var next = RepoPath.Combine(RepoPath.GetDirectory(current), target);
            if (next is null)
            {
                return null;
            }

            current = next;
        }

        return null;
    }

    private void Add(string path, ObjectId id)
    {
        files[path] = id;
        var directory = RepoPath.GetDirectory(path);
        while (directory.Length > 0 && directories.Add(directory))
        {
            directory = RepoPath.GetDirectory(directory);
        }
    }
}
