namespace GitOpsLint.Cli.Tests;

/// <summary>Runs the command in-process with captured output; commands see paths relative to the process' current folder, so tests pass absolute ones.</summary>
internal static class CliRunner
{
    public static (int ExitCode, string Output, string Error) Run(params string[] args)
    {
        var output = new StringWriter { NewLine = "\n" };
        var error = new StringWriter { NewLine = "\n" };
        var code = Program.Run(args, output, error);
        return (code, output.ToString(), error.ToString());
    }

    public static string RepositoryRoot { get; } = FindRepositoryRoot();

    public static string Example => Path.Combine(RepositoryRoot, "examples", "seed-monorepo");

    private static string FindRepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "GitOpsLint.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("GitOpsLint.sln not found");
    }
}
