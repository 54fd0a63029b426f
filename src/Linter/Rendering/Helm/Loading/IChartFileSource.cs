namespace GitOpsLint.Rendering.Helm.Loading;

/// <summary>
/// Read-only access to the files a chart is loaded from. Paths are '/'-separated and relative to the
/// source's root; an implementation must refuse paths that escape it, so a chart (or a value file named
/// by one) can never read outside the repository.
/// </summary>
public interface IChartFileSource
{
    /// <summary>Whether <paramref name="path"/> names a directory.</summary>
    bool IsDirectory(string path);

    /// <summary>Whether <paramref name="path"/> names a regular file.</summary>
    bool IsFile(string path);

    /// <summary>The bytes of a file; throws <see cref="FileNotFoundException"/> when it does not exist.</summary>
    byte[] ReadAllBytes(string path);

    /// <summary>The names (not paths) of the entries directly inside a directory, in ordinal order.</summary>
    IReadOnlyList<string> ListEntries(string directory);
}
