namespace GitOpsLint.Tests.Rendering.Helm;

/// <summary>Reads tests/fixtures/charts/cases.txt: one <c>id | helm template arguments</c> line per golden.</summary>
internal static class FixtureCases
{
    internal static string Root { get; } = FindRoot();

    internal static IEnumerable<(string Id, string[] Args)> Read()
    {
        foreach (var line in File.ReadAllLines(Path.Combine(Root, "cases.txt")))
        {
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            var bar = line.IndexOf('|', StringComparison.Ordinal);
            yield return (line[..bar].Trim(), line[(bar + 1)..].Split(' ', StringSplitOptions.RemoveEmptyEntries));
        }
    }

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "GitOpsLint.sln")))
        {
            dir = dir.Parent;
        }

        return Path.Combine(dir?.FullName ?? throw new DirectoryNotFoundException("repository root not found"), "tests", "fixtures", "charts");
    }
}
