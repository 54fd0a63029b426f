using System.CommandLine;
using GitOpsLint.Configuration;
using GitOpsLint.Engine;
using GitOpsLint.Rendering.Kustomize;
using GitOpsLint.Rendering.Units;
using GitOpsLint.Workspace;

namespace GitOpsLint.Cli;

/// <summary><c>gitopslint render ...</c>: print the desired state a unit, an overlay or a chart produces.</summary>
internal static class RenderCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var unit = new Argument<string?>("unit") { Description = "The unit to render: its id from --list (e.g. Application/argocd/web) or its name.", Arity = ArgumentArity.ZeroOrOne };
        var list = new Option<bool>("--list") { Description = "List every unit: kind, name, namespace, environment/cluster, source." };
        var repository = new Option<string?>("--repository", "-r") { Description = "Repository folder (default: the enclosing repository of the current folder)." };
        var format = new Option<string>("--format", "-f") { Description = "yaml (default, with # Source: comments) or json (documented in docs/render-json.md).", DefaultValueFactory = _ => "yaml" };
        format.AcceptOnlyFromAmong("yaml", "json");
        var command = new Command("render", """
            Print the desired state of a unit (Argo CD Application, ApplicationSet-generated Application, Flux Kustomization
            or HelmRelease, kustomize folder) as YAML with # Source: comments, offline.

            Examples:
              gitopslint render --list -r examples/seed-monorepo
              gitopslint render Application/argocd/myapp -r examples/seed-monorepo
              gitopslint render kustomize overlays/prod
            """)
        {
            unit,
        };
        command.Options.Add(list);
        command.Options.Add(repository);
        command.Options.Add(format);
        command.Subcommands.Add(CreateKustomize(output, error));
        command.Subcommands.Add(RenderChartCommand.Create(output, error));
        command.SetAction(parseResult =>
        {
            var root = RepositoryLocator.Locate(parseResult.GetValue(repository) is { } r ? [r] : [], Environment.CurrentDirectory).Root;
            var loaded = RepositoryLoader.Load(new FileSystemWorkspace(root), LintConfiguration.Default);
            var options = UnitOptions.Default with { KubeVersion = loaded.Configuration.KubernetesVersion };
            var catalog = UnitCatalog.Discover(loaded, options);
            if (parseResult.GetValue(list))
            {
                output.Write(parseResult.GetValue(format) == "json" ? RenderJson.Units(catalog) : UnitFormatter.FormatList(catalog));
                return ExitCodes.Success;
            }

            if (parseResult.GetValue(unit) is not { } wanted)
            {
                error.WriteLine("gitopslint: name a unit to render, or use --list to see them");
                return ExitCodes.Usage;
            }

            if (catalog.Find(wanted) is not { } found)
            {
                error.WriteLine($"gitopslint: no unit '{wanted}'; `gitopslint render --list` shows them");
                return ExitCodes.Usage;
            }

            var result = UnitRenderer.Render(found, loaded, options);
            if (parseResult.GetValue(format) == "json")
            {
                output.Write(RenderJson.Rendered(result));
            }
            else
            {
                output.Write(UnitFormatter.FormatRender(result));
                foreach (var problem in result.Problems)
                {
                    error.WriteLine(problem.ToString());
                }
            }

            return result.Succeeded ? ExitCodes.Success : ExitCodes.Findings;
        });
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

            var enabled = parseResult.GetValue(enableHelm);
            var result = KustomizeBuilder.Build(new FileSystemWorkspace(root), relative, new KustomizeBuildOptions { EnableHelm = enabled, HelmChartInflator = enabled ? KustomizeHelmInflator.Instance : null });
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
