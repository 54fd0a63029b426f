namespace GitOpsLint.Tests.Reporting;

/// <summary>Finds the repository (from the test binaries), its fixtures, and the shared reference folder beside it.</summary>
internal static class TestPaths
{
    public static string RepositoryRoot { get; } = FindRepositoryRoot();

    public static string ReportingFixtures => Path.Combine(RepositoryRoot, "tests", "fixtures", "reporting");

    /// <summary>The official SARIF 2.1.0 schema in the shared reference folder (absent in a user's clone).</summary>
    public static string SarifSchema => Path.GetFullPath(Path.Combine(RepositoryRoot, "..", "shared", "upstream", "sarif", "sarif-schema-2.1.0.json"));

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
