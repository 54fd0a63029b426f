namespace GoTemplates.Tests;

/// <summary>Locates the repository (the folder holding GitOpsLint.sln) from the test binaries.</summary>
public static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    public static string Fixtures => Path.Combine(Root, "tests", "fixtures", "gotemplates");

    private static string FindRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "GitOpsLint.sln"))) directory = directory.Parent;
        return directory?.FullName ?? throw new InvalidOperationException("GitOpsLint.sln not found above " + AppContext.BaseDirectory);
    }
}
