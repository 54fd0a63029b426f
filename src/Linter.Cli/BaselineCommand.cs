using System.CommandLine;
using GitOpsLint.Reporting;

namespace GitOpsLint.Cli;

/// <summary><c>gitopslint baseline</c>: record today's findings so that <c>check --baseline</c> reports only new ones.</summary>
internal static class BaselineCommand
{
    public const string DefaultFile = ".gitopslint-baseline.sarif";

    public static Command Create(TextWriter output, TextWriter error)
    {
        var common = new CommonOptions();
        var outputFile = new Option<string>("--output", "-o")
        {
            Description = "Where to write the baseline (a SARIF log).",
            DefaultValueFactory = _ => DefaultFile,
        };
        var command = new Command("baseline", """
            Write the current findings to a baseline file. Later, `gitopslint check --baseline FILE` marks those findings
            as suppressed and fails only on new ones. Findings are matched by fingerprints that survive unrelated line shifts.

            Example:
              gitopslint baseline -o .gitopslint-baseline.sarif && gitopslint check --baseline .gitopslint-baseline.sarif
            """);
        common.AddTo(command);
        command.Options.Add(outputFile);
        command.SetAction(parseResult =>
        {
            var outcome = LintInvocation.Run(parseResult, common, error);
            if (outcome.Result is null)
            {
                return outcome.ExitCode!.Value;
            }

            var path = parseResult.GetValue(outputFile)!;
            var context = new ReportContext(outcome.Result, ToolVersion.Current, ExitCodes.Success) { RepositoryRoot = outcome.Root };
            ReportFile.Write(path, writer => new SarifReporter().Write(context, writer));
            var count = outcome.Result.Diagnostics.Count(d => !d.IsSuppressed);
            output.WriteLine($"gitopslint: baseline of {count} finding(s) written to {path}");
            return ExitCodes.Success;
        });
        return command;
    }
}
