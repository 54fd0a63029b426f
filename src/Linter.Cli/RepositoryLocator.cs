namespace GitOpsLint.Cli;

/// <summary>
/// Finds the repository root for the paths given on the command line: a folder argument is the root; file arguments
/// (pre-commit passes staged files) are linted within the nearest enclosing folder that holds .git or .gitopslint.yaml.
/// </summary>
internal static class RepositoryLocator
{
    public sealed record Target(string Root, IReadOnlySet<string>? OnlyPaths, string? Error);

    public static Target Locate(IReadOnlyList<string> paths, string currentDirectory)
    {
        if (paths.Count == 0)
        {
            return new Target(FindRoot(currentDirectory) ?? currentDirectory, null, null);
        }

        if (paths.Count == 1 && Directory.Exists(paths[0]))
        {
            return new Target(Path.GetFullPath(paths[0]), null, null);
        }

        var files = paths.Select(Path.GetFullPath).ToArray();
        var missing = files.FirstOrDefault(f => !File.Exists(f));
        if (missing is not null)
        {
            return new Target(currentDirectory, null, Directory.Exists(missing)
                ? $"'{missing}': give one folder (a repository) or files, not both"
                : $"'{missing}' does not exist");
        }

        var root = FindRoot(Path.GetDirectoryName(files[0])!) ?? currentDirectory;
        var relative = new HashSet<string>(StringComparer.Ordinal);
        foreach (var file in files)
        {
            var path = Path.GetRelativePath(root, file).Replace('\\', '/');
            if (path.StartsWith("../", StringComparison.Ordinal))
            {
                return new Target(root, null, $"'{file}' is outside the repository at '{root}'");
            }

            relative.Add(path);
        }

        return new Target(root, relative, null);
    }

    private static string? FindRoot(string start)
    {
        for (var directory = new DirectoryInfo(start); directory is not null; directory = directory.Parent)
        {
            if (Directory.Exists(Path.Combine(directory.FullName, ".git")) || File.Exists(Path.Combine(directory.FullName, ".git"))
                || File.Exists(Path.Combine(directory.FullName, ".gitopslint.yaml")))
            {
                return directory.FullName;
            }
        }

        return null;
    }
}
