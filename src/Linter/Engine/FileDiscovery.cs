using GitOpsLint.Configuration;
using GitOpsLint.Workspace;

namespace GitOpsLint.Engine;

/// <summary>The files a run considers: everything in the workspace minus .gitignore'd files and configured excludes.</summary>
public static class FileDiscovery
{
    public static IReadOnlyList<string> Discover(IWorkspace workspace, LintConfiguration configuration)
    {
        var all = workspace.ListFiles(string.Empty);
        var gitIgnore = new GitIgnore(workspace, all);
        return all.Where(path => !gitIgnore.IsIgnored(path) && !configuration.Exclude.Any(g => g.IsMatch(path))).ToArray();
    }
}
