namespace GitOpsLint.Workspace;

/// <summary>
/// Repository-relative path helpers. A repository path uses forward slashes, has no leading slash, and never
/// contains <c>..</c> segments: every path that would climb above the root is refused here, in one place.
/// </summary>
public static class RepoPath
{
    /// <summary>Normalises <paramref name="path"/> (".", "..", duplicate and back slashes); null when it escapes the root or is absolute.</summary>
    public static string? Normalize(string path)
    {
        if (path.StartsWith('/') || path.StartsWith('\\') || (path.Length > 1 && path[1] == ':'))
        {
            return null;
        }

        var parts = new List<string>();
        foreach (var part in path.Replace('\\', '/').Split('/'))
        {
            switch (part)
            {
                case "" or ".":
                    continue;
                case "..":
                    if (parts.Count == 0)
                    {
                        return null;
                    }

                    parts.RemoveAt(parts.Count - 1);
                    break;
                default:
                    parts.Add(part);
                    break;
            }
        }

        return string.Join('/', parts);
    }

    /// <summary>Resolves <paramref name="relative"/> against the folder <paramref name="baseDirectory"/>; null when the result escapes the root.</summary>
    public static string? Combine(string baseDirectory, string relative)
    {
        if (relative.StartsWith('/'))
        {
            return null;
        }

        return Normalize(baseDirectory.Length == 0 ? relative : baseDirectory + "/" + relative);
    }

    public static string GetDirectory(string path)
    {
        var slash = path.LastIndexOf('/');
        return slash < 0 ? string.Empty : path[..slash];
    }

    public static string GetFileName(string path)
    {
        var slash = path.LastIndexOf('/');
        return slash < 0 ? path : path[(slash + 1)..];
    }

    /// <summary>Whether <paramref name="path"/> is <paramref name="directory"/> or lies below it.</summary>
    public static bool IsUnder(string path, string directory) =>
        directory.Length == 0 || path == directory || path.StartsWith(directory + "/", StringComparison.Ordinal);
}
