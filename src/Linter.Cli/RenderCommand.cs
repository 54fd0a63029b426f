using System.CommandLine;
using GitOpsLint.Rendering.Kustomize;
using GitOpsLint.Workspace;

namespace GitOpsLint.Cli;

/// <summary><c>gitopslint render ...</c>: print the desired state a unit, an overlay or a chart produces.</summary>
internal static class RenderCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var command = new Command("render", "Print desired state, offline, exactly as the real tools would produce it.");
        command.Subcommands.Add(CreateKustomize(output, error));
        return command;
    }

    private static Command CreateKustomize(TextWriter output, TextWriter error)
    {
        var directory = new Argument<string>("dir") { Description = "The kustomization folder." };
        var enableHelm = new Option<bool>("--enable-helm") { Description = "Inflate helmCharts (as kubectl kustomize --enable-helm)." };
        var loadRestrictor = new Option<string>("--load-restrictor")
        {
            Description = "LoadRestrictionsRootOnly (default): files must be in or below the kustomization folder; LoadRestrictionsNone is refused outside the repository all the same.",
            DefaultValueFactory = _ => "LoadRestrictionsRootOnly",
        };
        loadRestrictor.AcceptOnlyFromAmong("LoadRestrictionsRootOnly", "LoadRestrictionsNone");
        var command = new Command("kustomize", """
            Print what `kubectl kustomize DIR` prints, byte for byte, without kubectl. Remote bases are never fetched.

            Example:
              gitopslint render kustomize tests/fixtures/repos/flux-kustomize-helm/apps/production
            """)
        {
            directory,
        };
        command.Options.Add(enableHelm);
        command.Options.Add(loadRestrictor);
        command.SetAction(parseResult =>
        {
            var full = Path.GetFullPath(parseResult.GetValue(directory)!);
            if (!Directory.Exists(full))
            {
                error.WriteLine($"gitopslint: '{parseResult.GetValue(directory)}' is not a folder");
                return ExitCodes.Usage;
            }

            // The repository root bounds every read: the enclosing git repository, else the folder itself.
            var root = RepositoryLocator.Locate([], full).Root;
            var relative = Path.GetRelativePath(root, full).Replace('\\', '/');
            if (relative == ".")
            {
                relative = string.Empty;
            }

            var result = KustomizeBuilder.Build(new FileSystemWorkspace(root), relative, new KustomizeBuildOptions { EnableHelm = parseResult.GetValue(enableHelm) });
            foreach (var note in result.Notes)
            {
                error.WriteLine($"{note.Path}({note.Line},{note.Column}): note: {note.Message}");
            }

            if (!result.Succeeded)
            {
                foreach (var buildError in result.Errors)
                {
                    error.WriteLine($"{buildError.Path}({buildError.Line},{buildError.Column}): error: {buildError.Message}" + (buildError.Hint is null ? string.Empty : $" ({buildError.Hint})"));
                }

                return ExitCodes.Findings;
            }

            output.Write(result.ToYaml());
            return ExitCodes.Success;
        });
        return command;
    }
}
