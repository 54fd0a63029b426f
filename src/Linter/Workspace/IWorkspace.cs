namespace GitOpsLint.Workspace;

/// <summary>
/// A read-only view of a repository's files at one state: the working tree, or a git revision. Every stage of the
/// pipeline reads through it, so running on another revision is running on another workspace. Paths are
/// repository-relative (see <see cref="RepoPath"/>); an implementation never reads outside its root.
/// </summary>
public interface IWorkspace
{
    /// <summary>For messages: the folder, or the revision.</summary>
    string DisplayName { get; }

    /// <summary>The absolute folder on disk this workspace maps to, when there is one (for absolute paths in IDE output).</summary>
    string? RootDirectory { get; }

    bool FileExists(string path);

    bool DirectoryExists(string path);

    /// <summary>Every file below <paramref name="directory"/> ("" for the root), recursively, sorted ordinally. Links that leave the root are not listed (see <see cref="Issues"/>).</summary>
    IReadOnlyList<string> ListFiles(string directory);

    /// <summary>The file's bytes, or null when it does not exist or may not be read.</summary>
    byte[]? ReadFile(string path);

    /// <summary>The file's size in bytes, or -1 when it does not exist.</summary>
    long GetFileSize(string path);

    /// <summary>Problems met while listing: links pointing outside the root, unreadable folders.</summary>
    IReadOnlyList<WorkspaceIssue> Issues { get; }
}
