using GitOpsLint.Rendering.Helm.Loading;
using GitOpsLint.Workspace;

namespace GitOpsLint.Rendering.Units;

/// <summary>
/// The Helm engine's file access over a workspace: paths are repository paths, so chart, value files and the
/// provenance of every rendered line are repository paths too, and nothing outside the repository can be read.
/// </summary>
internal sealed class WorkspaceChartFileSource(IWorkspace workspace) : IChartFileSource
{
    public bool IsDirectory(string path) => RepoPath.Normalize(path) is { } normalized && workspace.DirectoryExists(normalized);

    public bool IsFile(string path) => RepoPath.Normalize(path) is { } normalized && workspace.FileExists(normalized);

    public byte[] ReadAllBytes(string path) =>
        (RepoPath.Normalize(path) is { } normalized ? workspace.ReadFile(normalized) : null)
        ?? throw new FileNotFoundException($"'{path}' does not exist in the repository", path);

    public IReadOnlyList<string> ListEntries(string directory)
    {
        var normalized = RepoPath.Normalize(directory) ?? throw new DirectoryNotFoundException($"'{directory}' is outside the repository");
        var prefix = normalized.Length == 0 ? string.Empty : normalized + "/";
        var names = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var file in workspace.ListFiles(normalized))
        {
            var rest = file[prefix.Length..];
            var slash = rest.IndexOf('/');
            names.Add(slash < 0 ? rest : rest[..slash]);
        }

        return names.ToArray();
    }
}
