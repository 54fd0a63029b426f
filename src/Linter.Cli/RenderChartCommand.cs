using System.CommandLine;
using GitOpsLint.Rendering.Helm;
using GitOpsLint.Rendering.Helm.Loading;

namespace GitOpsLint.Cli;

/// <summary><c>gitopslint render chart PATH [NAME] ...</c>: print exactly what <c>helm template</c> prints for the same arguments, without helm.</summary>
internal static class RenderChartCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var chart = new Argument<string>("chart") { Description = "Chart folder or .tgz." };
        var name = new Argument<string?>("name") { Description = "Release name (default: release-name).", Arity = ArgumentArity.ZeroOrOne };
        var ns = new Option<string>("--namespace", "-n") { Description = "Release namespace.", DefaultValueFactory = _ => "default" };
        var kubeVersion = new Option<string?>("--kube-version") { Description = "Kubernetes version for .Capabilities (default: the shipped schemas' version)." };
        var apiVersions = new Option<string[]>("--api-versions", "-a") { Description = "Extra API versions for .Capabilities.APIVersions.", AllowMultipleArgumentsPerToken = false };
        var values = new Option<string[]>("--values", "-f") { Description = "Value files, in order." };
        var set = new Option<string[]>("--set") { Description = "key=value (Helm's --set syntax)." };
        var setString = new Option<string[]>("--set-string") { Description = "key=value, always strings." };
        var setFile = new Option<string[]>("--set-file") { Description = "key=path: the file's content." };
        var setJson = new Option<string[]>("--set-json") { Description = "key=JSON." };
        var includeCrds = new Option<bool>("--include-crds") { Description = "Print the chart's crds/ too." };
        var skipTests = new Option<bool>("--skip-tests") { Description = "Leave out test hooks." };
        var noHooks = new Option<bool>("--no-hooks") { Description = "Leave out hooks." };
        var showOnly = new Option<string[]>("--show-only", "-s") { Description = "Only these templates (globs on the path after the chart name)." };
        var debug = new Option<bool>("--debug") { Description = "On a YAML error, print the raw rendered files first." };
        var helm4 = new Option<bool>("--helm4") { Description = "Helm 4 behaviour where it differs from Helm 3." };
        var command = new Command("chart", """
            Print what `helm template` prints for the same arguments, in-process, without helm or a cluster
            (`lookup` returns nothing). Files are read only inside the enclosing repository (or the current folder).

            Example:
              gitopslint render chart charts/myapp myapp -n prod -f environments/prod/values.yaml --set image.tag=1.2.3
            """)
        {
            chart,
            name,
        };
        foreach (var option in new Option[] { ns, kubeVersion, apiVersions, values, set, setString, setFile, setJson, includeCrds, skipTests, noHooks, showOnly, debug, helm4 })
        {
            command.Options.Add(option);
        }

        command.SetAction(parseResult =>
        {
            var root = RepositoryLocator.Locate([], Environment.CurrentDirectory).Root;
            string? Relative(string path)
            {
                var relative = Path.GetRelativePath(root, Path.GetFullPath(path)).Replace('\\', '/');
                return relative.StartsWith("../", StringComparison.Ordinal) || relative == ".." ? null : relative;
            }

            var chartPath = Relative(parseResult.GetValue(chart)!);
            var valueFiles = (parseResult.GetValue(values) ?? []).SelectMany(v => v.Split(',')).Select(v => (Given: v, Path: Relative(v))).ToArray();
            if (chartPath is null || valueFiles.Any(v => v.Path is null))
            {
                error.WriteLine($"gitopslint: the chart and value files must be inside '{root}'");
                return ExitCodes.Usage;
            }

            string RelativeSetFile(string pair)
            {
                var equals = pair.IndexOf('=');
                return equals < 0 ? pair : pair[..(equals + 1)] + (Relative(pair[(equals + 1)..]) ?? pair[(equals + 1)..]);
            }

            var options = new HelmRenderOptions
            {
                ReleaseName = parseResult.GetValue(name) ?? "release-name",
                Namespace = parseResult.GetValue(ns)!,
                KubeVersion = parseResult.GetValue(kubeVersion),
                ApiVersions = parseResult.GetValue(apiVersions) ?? [],
                ValueFiles = valueFiles.Select(v => v.Path!).ToArray(),
                Set = parseResult.GetValue(set) ?? [],
                SetString = parseResult.GetValue(setString) ?? [],
                SetFile = (parseResult.GetValue(setFile) ?? []).Select(RelativeSetFile).ToArray(),
                SetJson = parseResult.GetValue(setJson) ?? [],
                IncludeCrds = parseResult.GetValue(includeCrds),
                SkipTests = parseResult.GetValue(skipTests),
                NoHooks = parseResult.GetValue(noHooks),
                ShowOnly = parseResult.GetValue(showOnly) ?? [],
                Debug = parseResult.GetValue(debug),
                Helm4 = parseResult.GetValue(helm4),
            };
            var result = HelmRenderer.Render(new DirectoryChartFileSource(root), chartPath.Length == 0 ? "." : chartPath, options);
            output.Write(result.Output);
            if (result.Error is { } renderError)
            {
                error.WriteLine("Error: " + renderError.Message + (renderError.HasDebugHint && !options.Debug ? "\n\nUse --debug flag to render out invalid YAML" : string.Empty));
                return ExitCodes.Findings;
            }

            return ExitCodes.Success;
        });
        return command;
    }
}
