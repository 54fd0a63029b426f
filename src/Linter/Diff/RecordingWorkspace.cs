using GitOpsLint.Workspace;

namespace GitOpsLint.Diff;

/// <summary>
/// A workspace that notes, per unit being rendered, every path read, listed or checked: the provenance that decides
/// whether the unit must be rendered again on another revision. Outside a recording (loading the repository, which
/// reads every file) nothing is noted. The tape is per flow of execution, so units may render in parallel.
/// </summary>
internal sealed class RecordingWorkspace : IWorkspace
{
    private readonly IWorkspace inner;
    private readonly AsyncLocal<Tape?> current = new();

    public RecordingWorkspace(IWorkspace inner) => this.inner = inner;

    /// <summary>The workspace read without noting (for content ids, which must not land on a tape).</summary>
    public IWorkspace Inner => inner;

    public string DisplayName => inner.DisplayName;

    public string? RootDirectory => inner.RootDirectory;

    public IReadOnlyList<WorkspaceIssue> Issues => inner.Issues;

    /// <summary>Starts noting reads on this flow of execution; dispose the tape to stop.</summary>
    public Tape Record()
    {
        var tape = new Tape(this);
        current.Value = tape;
        return tape;
    }

    public bool FileExists(string path)
    {
        Note(path);
        return inner.FileExists(path);
    }

    public bool DirectoryExists(string path)
    {
        if (current.Value is { } tape && RepoPath.Normalize(path) is { } normalized)
        {
            lock (tape)
            {
                tape.FolderChecks.Add(normalized);
            }
        }

        return inner.DirectoryExists(path);
    }

    public IReadOnlyList<string> ListFiles(string directory)
    {
        if (current.Value is { } tape && RepoPath.Normalize(directory) is { } normalized)
        {
            lock (tape)
            {
                tape.Folders.Add(normalized);
            }
        }

        return inner.ListFiles(directory);
    }

    public byte[]? ReadFile(string path)
    {
        Note(path);
        return inner.ReadFile(path);
    }

    public long GetFileSize(string path)
    {
        Note(path);
        return inner.GetFileSize(path);
    }

    private void Note(string path)
    {
        if (current.Value is { } tape && RepoPath.Normalize(path) is { } normalized)
        {
            lock (tape)
            {
                tape.Files.Add(normalized);
            }
        }
    }

    /// <summary>The paths one unit touched.</summary>
    public sealed class Tape : IDisposable
    {
        private readonly RecordingWorkspace owner;

        internal Tape(RecordingWorkspace owner) => this.owner = owner;

        public HashSet<string> Files { get; } = new(StringComparer.Ordinal);

        public HashSet<string> Folders { get; } = new(StringComparer.Ordinal);

        public HashSet<string> FolderChecks { get; } = new(StringComparer.Ordinal);

        public void Dispose()
        {
            if (owner.current.Value == this)
            {
                owner.current.Value = null;
            }
        }
    }
}
