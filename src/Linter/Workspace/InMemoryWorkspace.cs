using System.Text;

namespace GitOpsLint.Workspace;

/// <summary>A workspace held in memory: for tests, fixtures built in code, and files produced by rendering.</summary>
public sealed class InMemoryWorkspace : IWorkspace
{
    private readonly SortedDictionary<string, byte[]> files = new(StringComparer.Ordinal);

    public InMemoryWorkspace(IEnumerable<KeyValuePair<string, string>> textFiles, string displayName = "memory")
    {
        DisplayName = displayName;
        foreach (var (path, text) in textFiles)
        {
            Add(path, Encoding.UTF8.GetBytes(text));
        }
    }

    public string DisplayName { get; }

    public string? RootDirectory => null;

    public IReadOnlyList<WorkspaceIssue> Issues => [];

    public void Add(string path, byte[] content)
    {
        var normalized = RepoPath.Normalize(path) ?? throw new ArgumentException($"'{path}' escapes the repository root", nameof(path));
        files[normalized] = content;
    }

    public bool FileExists(string path) => RepoPath.Normalize(path) is { } p && files.ContainsKey(p);

    public bool DirectoryExists(string path) =>
        RepoPath.Normalize(path) is { } p && (p.Length == 0 || files.Keys.Any(f => f.StartsWith(p + "/", StringComparison.Ordinal)));

    public IReadOnlyList<string> ListFiles(string directory) =>
        files.Keys.Where(f => RepoPath.IsUnder(f, directory)).ToArray();

    public byte[]? ReadFile(string path) => RepoPath.Normalize(path) is { } p && files.TryGetValue(p, out var bytes) ? bytes : null;

    public long GetFileSize(string path) => ReadFile(path)?.LongLength ?? -1;
}
