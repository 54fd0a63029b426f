namespace GitOpsLint.Workspace;

/// <summary>
/// The .gitignore files of a workspace (root and nested), applied in git's order: later patterns win, <c>!</c>
/// re-includes, a trailing slash matches folders only, nested files apply below their folder.
/// </summary>
public sealed class GitIgnore
{
    private readonly List<Rule> rules = [];

    public GitIgnore(IWorkspace workspace, IReadOnlyList<string> allFiles)
    {
        foreach (var file in allFiles.Where(f => RepoPath.GetFileName(f) == ".gitignore"))
        {
            var bytes = workspace.ReadFile(file);
            if (bytes is null)
            {
                continue;
            }

            var baseDirectory = RepoPath.GetDirectory(file);
            foreach (var raw in System.Text.Encoding.UTF8.GetString(bytes).Split('\n'))
            {
                var line = raw.TrimEnd('\r').TrimEnd();
                if (line.Length == 0 || line.StartsWith('#'))
                {
                    continue;
                }

                var negated = line.StartsWith('!');
                if (negated)
                {
                    line = line[1..];
                }

                var directoryOnly = line.EndsWith('/');
                rules.Add(new Rule(baseDirectory, new GlobPattern(line), negated, directoryOnly));
            }
        }
    }

    public bool IsIgnored(string path)
    {
        var ignored = false;
        foreach (var rule in rules)
        {
            if (!RepoPath.IsUnder(path, rule.BaseDirectory) || path == rule.BaseDirectory)
            {
                continue;
            }

            var relative = rule.BaseDirectory.Length == 0 ? path : path[(rule.BaseDirectory.Length + 1)..];
            var matches = rule.DirectoryOnly ? MatchesAParentFolder(rule.Pattern, relative) : rule.Pattern.IsMatch(relative);
            if (matches)
            {
                ignored = !rule.Negated;
            }
        }

        return ignored;
    }

    private static bool MatchesAParentFolder(GlobPattern pattern, string relativeFile)
    {
        var directory = RepoPath.GetDirectory(relativeFile);
        while (directory.Length > 0)
        {
            if (pattern.IsMatch(directory))
            {
                return true;
            }

            directory = RepoPath.GetDirectory(directory);
        }

        return false;
    }

    private sealed record Rule(string BaseDirectory, GlobPattern Pattern, bool Negated, bool DirectoryOnly);
}
