using System.CommandLine;

namespace GitOpsLint.Cli;

/// <summary>The <c>gitopslint</c> command. Thin: parse, call the engine, print. Exit codes: 0 clean, 1 findings at or above the fail level, 2 usage or configuration error, 3 internal error.</summary>
internal static class Program
{
    private static int Main(string[] args) => Run(args, Console.Out, Console.Error);

    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        var root = new RootCommand("GitOpsLint: lint GitOps repositories (Argo CD, Flux, Helm, kustomize) offline, with exact source locations.")
        {
            CheckCommand.Create(output, error),
            RulesCommand.Create(output, error),
            BaselineCommand.Create(output, error),
            RenderCommand.Create(output, error),
            SchemaCommand.Create(output, error),
        };
        var parseResult = root.Parse(args);
        if (parseResult.Errors.Count > 0)
        {
            foreach (var parseError in parseResult.Errors)
            {
                error.WriteLine("gitopslint: " + parseError.Message);
            }

            error.WriteLine("Run 'gitopslint --help' for usage.");
            return ExitCodes.Usage;
        }

        try
        {
            return parseResult.Invoke(new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false });
        }
        catch (Exception exception)
        {
            error.WriteLine($"gitopslint: internal error: {exception.GetType().Name}: {exception.Message}");
            error.WriteLine("This is a bug in GitOpsLint; please report it with the command and the file that triggers it.");
            return ExitCodes.InternalError;
        }
    }
}
