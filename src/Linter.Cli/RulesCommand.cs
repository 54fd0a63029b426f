using System.CommandLine;
using System.Text.Json;
using GitOpsLint.Diagnostics;
using GitOpsLint.Documentation;
using GitOpsLint.Rules;

namespace GitOpsLint.Cli;

/// <summary><c>gitopslint rules [GOLnnn]</c>: list the rules, explain one, or write the documentation pages.</summary>
internal static class RulesCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var id = new Argument<string?>("id") { Description = "A rule ID (GOLnnn) to explain.", Arity = ArgumentArity.ZeroOrOne };
        var format = new Option<string>("--format", "-f") { Description = "text, markdown or json.", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "markdown", "json");
        var outputDirectory = new Option<string?>("--output", "-o") { Description = "With --format markdown: write one page per rule and an index (README.md) into this folder." };
        var command = new Command("rules", """
            List every rule, or explain one.

            Examples:
              gitopslint rules                                         the list, by ID, with category and severity
              gitopslint rules GOL003                                  what GOL003 finds, examples, how to suppress it
              gitopslint rules --format markdown --output docs/rules   regenerate the documentation pages
            """)
        {
            id,
        };
        command.Options.Add(format);
        command.Options.Add(outputDirectory);
        command.SetAction(parseResult =>
        {
            var descriptors = BuiltInAnalyzers.Descriptors;
            var chosenFormat = parseResult.GetValue(format)!;
            if (parseResult.GetValue(id) is { } ruleId)
            {
                var descriptor = descriptors.FirstOrDefault(d => string.Equals(d.Id, ruleId, StringComparison.OrdinalIgnoreCase));
                if (descriptor is null)
                {
                    error.WriteLine($"gitopslint: no rule '{ruleId}'; `gitopslint rules` lists them");
                    return ExitCodes.Usage;
                }

                output.Write(chosenFormat == "markdown" ? RuleDocumentation.ToMarkdown(descriptor) : chosenFormat == "json" ? ToJson([descriptor]) : RuleDocumentation.ToText(descriptor));
                return ExitCodes.Success;
            }

            if (parseResult.GetValue(outputDirectory) is { } directory)
            {
                if (chosenFormat != "markdown")
                {
                    error.WriteLine("gitopslint: --output writes documentation pages and needs --format markdown");
                    return ExitCodes.Usage;
                }

                Directory.CreateDirectory(directory);
                foreach (var descriptor in descriptors)
                {
                    ReportFile.Write(Path.Combine(directory, descriptor.Id + ".md"), w => w.Write(RuleDocumentation.ToMarkdown(descriptor)));
                }

                ReportFile.Write(Path.Combine(directory, "README.md"), w => w.Write(RuleDocumentation.ToIndexMarkdown(descriptors)));
                output.WriteLine($"gitopslint: {descriptors.Count} rule pages written to {directory}");
                return ExitCodes.Success;
            }

            switch (chosenFormat)
            {
                case "markdown":
                    output.Write(RuleDocumentation.ToIndexMarkdown(descriptors));
                    break;
                case "json":
                    output.Write(ToJson(descriptors));
                    break;
                default:
                    foreach (var group in descriptors.GroupBy(d => d.Category))
                    {
                        output.WriteLine(group.Key);
                        foreach (var descriptor in group)
                        {
                            output.WriteLine($"  {descriptor.Id}  {SeverityNames.ToName(descriptor.DefaultSeverity),-7}  {descriptor.Title}");
                        }
                    }

                    break;
            }

            return ExitCodes.Success;
        });
        return command;
    }

    private static string ToJson(IEnumerable<DiagnosticDescriptor> descriptors) =>
        JsonSerializer.Serialize(
            descriptors.Select(d => new { id = d.Id, title = d.Title, category = d.Category, defaultSeverity = SeverityNames.ToName(d.DefaultSeverity), description = d.Description, helpUri = d.HelpUri }),
            new JsonSerializerOptions { WriteIndented = true }) + "\n";
}
