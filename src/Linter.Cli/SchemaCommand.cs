using System.CommandLine;
using GitOpsLint.Schemas;

namespace GitOpsLint.Cli;

/// <summary><c>gitopslint schema import FILE... --out DIR</c>: turn CRDs and Kubernetes OpenAPI documents into the schemas the validator loads.</summary>
internal static class SchemaCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var files = new Argument<string[]>("files") { Description = "CustomResourceDefinition YAML files and/or a Kubernetes OpenAPI (swagger.json) document.", Arity = ArgumentArity.OneOrMore };
        var outputDirectory = new Option<string>("--out", "-o") { Description = "Folder to write the schemas into (point `schemas:` in .gitopslint.yaml at it).", Required = true };
        var import = new Command("import", """
            Import CRDs (every served version's openAPIV3Schema) and Kubernetes OpenAPI documents as JSON schemas.

            Example:
              gitopslint schema import crds/*.yaml --out schemas/custom
            """)
        {
            files,
        };
        import.Options.Add(outputDirectory);
        import.SetAction(parseResult =>
        {
            var inputs = parseResult.GetValue(files)!;
            var missing = inputs.FirstOrDefault(f => !File.Exists(f));
            if (missing is not null)
            {
                error.WriteLine($"gitopslint: '{missing}' does not exist");
                return ExitCodes.Usage;
            }

            var result = SchemaImporter.Import(inputs, parseResult.GetValue(outputDirectory)!);
            foreach (var problem in result.Problems)
            {
                error.WriteLine("gitopslint: " + problem);
            }

            output.WriteLine($"gitopslint: {result.KindCount} kind(s) imported into {result.WrittenFiles.Count} file(s) in {parseResult.GetValue(outputDirectory)}");
            return result.KindCount == 0 ? ExitCodes.Findings : ExitCodes.Success;
        });
        var command = new Command("schema", "Manage the JSON schemas used to validate objects.");
        command.Subcommands.Add(import);
        return command;
    }
}
