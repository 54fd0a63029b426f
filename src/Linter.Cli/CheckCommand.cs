using System.CommandLine;
using GitOpsLint.Diagnostics;
using GitOpsLint.Engine;
using GitOpsLint.Reporting;

namespace GitOpsLint.Cli;

/// <summary><c>gitopslint check [PATH...]</c>: lint a repository (or report on some of its files) and print findings.</summary>
internal static class CheckCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var registry = new ReporterRegistry();
        var common = new CommonOptions();
        var format = new Option<string>("--format", "-f")
        {
            Description = "Output format: " + string.Join(", ", registry.Formats) + ".",
            DefaultValueFactory = _ => ReporterRegistry.DefaultFormat,
        };
        format.AcceptOnlyFromAmong([.. registry.Formats]);
        var outputFile = new Option<string?>("--output", "-o") { Description = "Write the report to this file; a one-line summary still goes to the terminal." };
        var failLevel = new Option<string>("--fail-level")
        {
            Description = "Exit with 1 when an unsuppressed finding is at or above this severity: error, warning, note or none.",
            DefaultValueFactory = _ => "error",
        };
        failLevel.AcceptOnlyFromAmong("error", "warning", "note", "none");
        var baseline = new Option<string?>("--baseline") { Description = "A baseline SARIF file (from `gitopslint baseline`): findings in it are reported as suppressed and do not fail the run." };
        var noColor = new Option<bool>("--no-color") { Description = "Never colour the text output (NO_COLOR is honoured too)." };
        var relativePaths = new Option<bool>("--relative-paths") { Description = "msbuild format: print repository-relative paths instead of absolute ones." };

        var command = new Command("check", """
            Lint a repository and print findings.

            Examples:
              gitopslint check                               lint the repository in the current folder
              gitopslint check examples/seed-monorepo        lint another folder
              gitopslint check apps/a.yaml values.yaml       report only on these files (pre-commit)
              gitopslint check -f sarif -o results.sarif     SARIF for code scanning
              gitopslint check -f msbuild                    path(line,col): error GOL001: ... for IDE problem matchers
            """);
        common.AddTo(command);
        command.Options.Add(format);
        command.Options.Add(outputFile);
        command.Options.Add(failLevel);
        command.Options.Add(baseline);
        command.Options.Add(noColor);
        command.Options.Add(relativePaths);
        command.SetAction(parseResult =>
        {
            IReadOnlySet<string>? baselineFingerprints = null;
            if (parseResult.GetValue(baseline) is { } baselinePath)
            {
                if (!File.Exists(baselinePath))
                {
                    error.WriteLine($"gitopslint: baseline '{baselinePath}' does not exist; create it with `gitopslint baseline --output {baselinePath}`");
                    return ExitCodes.Usage;
                }

                var (fingerprints, problem) = BaselineReader.Read(File.ReadAllBytes(baselinePath));
                if (problem is not null)
                {
                    error.WriteLine($"gitopslint: {baselinePath}: {problem}");
                    return ExitCodes.Usage;
                }

                baselineFingerprints = fingerprints;
            }

            var outcome = LintInvocation.Run(parseResult, common, error, baselineFingerprints);
            if (outcome.Result is null)
            {
                return outcome.ExitCode!.Value;
            }

            SeverityNames.TryParse(parseResult.GetValue(failLevel), out var level);
            var exitCode = outcome.Result.Fails(level) ? ExitCodes.Findings : ExitCodes.Success;
            var reporter = registry.Get(parseResult.GetValue(format)!);
            var path = parseResult.GetValue(outputFile);
            var context = new ReportContext(outcome.Result, ToolVersion.Current, exitCode)
            {
                RepositoryRoot = outcome.Root,
                UseColor = path is null && reporter.Format == "text" && Terminal.SupportsColor(parseResult.GetValue(noColor)),
                AbsolutePaths = !parseResult.GetValue(relativePaths),
            };
            if (path is null)
            {
                reporter.Write(context, output);
            }
            else
            {
                ReportFile.Write(path, writer => reporter.Write(context, writer));
                output.WriteLine($"gitopslint: {Summary.Describe(outcome.Result)}; report written to {path}");
            }

            return exitCode;
        });
        return command;
    }
}
