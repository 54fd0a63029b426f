namespace GitOpsLint.Rendering.Helm.Loading;

/// <summary>A <see cref="IChartFileSource"/> over a plain directory of the local file system.</summary>
public sealed class DirectoryChartFileSource : IChartFileSource
{
    private readonly string _root;

    public DirectoryChartFileSource(string root)
    {
        _root = Path.GetFullPath(root);
    }

    public bool IsDirectory(string path) => Directory.Exists(Resolve(path));

    public bool IsFile(string path) => File.Exists(Resolve(path));

    public byte[] ReadAllBytes(string path) => File.ReadAllBytes(Resolve(path));

    public IReadOnlyList<string> ListEntries(string directory)
    {
        var names = Directory.EnumerateFileSystemEntries(Resolve(directory))
            .Select(Path.GetFileName)
            .OfType<string>()
            .ToList();
        names.Sort(StringComparer.Ordinal);
        return names;
    }

    /// <summary>Maps a relative path to an absolute one, refusing any path that leaves the root.</summary>
    private string Resolve(string path)
    {
        if (Path.IsPathRooted(path))
        {
            throw new UnauthorizedAccessException($"path {path} is absolute; chart paths are relative to {_root}");
        }

        var full = Path.GetFullPath(Path.Combine(_root, path));
        var rootWithSeparator = _root.EndsWith(Path.DirectorySeparatorChar) ? _root : _root + Path.DirectorySeparatorChar;
        if (full != _root && !full.StartsWith(rootWithSeparator, StringComparison.Ordinal))
        {
            throw new UnauthorizedAccessException($"path {path} escapes the root {_root}");
        }

        return full;
    }
}
