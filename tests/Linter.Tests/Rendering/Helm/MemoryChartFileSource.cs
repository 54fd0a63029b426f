using GitOpsLint.Rendering.Helm.Loading;

namespace GitOpsLint.Tests.Rendering.Helm;

/// <summary>A chart file source over in-memory files, for charts written inside a test.</summary>
internal sealed class MemoryChartFileSource(IReadOnlyDictionary<string, byte[]> files) : IChartFileSource
{
    public static MemoryChartFileSource Chart(params (string Path, string Text)[] files) =>
        new(files.ToDictionary(f => f.Path, f => System.Text.Encoding.UTF8.GetBytes(f.Text), StringComparer.Ordinal));

    public MemoryChartFileSource With(string path, byte[] data) =>
        new(new Dictionary<string, byte[]>(files, StringComparer.Ordinal) { [path] = data });

    public bool IsDirectory(string path) => files.Keys.Any(f => f.StartsWith(path.TrimEnd('/') + "/", StringComparison.Ordinal));

    public bool IsFile(string path) => files.ContainsKey(path);

    public byte[] ReadAllBytes(string path) => files.TryGetValue(path, out var data) ? data : throw new FileNotFoundException(path);

    public IReadOnlyList<string> ListEntries(string directory)
    {
        var prefix = directory.TrimEnd('/') + "/";
        return files.Keys
            .Where(f => f.StartsWith(prefix, StringComparison.Ordinal))
            .Select(f => f[prefix.Length..].Split('/')[0])
            .Distinct()
            .Order(StringComparer.Ordinal)
            .ToList();
    }
}
