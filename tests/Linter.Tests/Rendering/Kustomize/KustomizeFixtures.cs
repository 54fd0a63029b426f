namespace GitOpsLint.Tests.Rendering.Kustomize;

/// <summary>Locates tests/fixtures/kustomize from the test binaries by walking up to the repository root.</summary>
internal static class KustomizeFixtures
{
    public static string Root { get; } = Find();

    public static IEnumerable<string> Names() =>
        Directory.EnumerateDirectories(Root).Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal);

    public static string BuildDirectory(string fixture)
    {
        var file = Path.Combine(Root, fixture, "build-dir");
        return File.Exists(file) ? File.ReadAllText(file).Trim() : string.Empty;
    }

    private static string Find()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "GitOpsLint.sln")))
        {
            directory = directory.Parent;
        }

        return directory is null
            ? throw new InvalidOperationException("the repository root (GitOpsLint.sln) was not found above the test binaries")
            : Path.Combine(directory.FullName, "tests", "fixtures", "kustomize");
    }
}
