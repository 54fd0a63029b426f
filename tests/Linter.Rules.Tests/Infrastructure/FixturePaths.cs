namespace GitOpsLint.Rules.Tests.Infrastructure;

/// <summary>Finds the repository's tests/fixtures folder (and ../shared beside the repository) from the test binaries.</summary>
internal static class FixturePaths
{
    public static string RepositoryRoot { get; } = FindRepositoryRoot();

    public static string Root => Path.Combine(RepositoryRoot, "tests", "fixtures");

    /// <summary>The shared reference folder beside the repository (absent in a user's clone).</summary>
    public static string Shared => Path.GetFullPath(Path.Combine(RepositoryRoot, "..", "shared"));

    private static string FindRepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "GitOpsLint.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("GitOpsLint.sln not found above " + AppContext.BaseDirectory);
    }
}
