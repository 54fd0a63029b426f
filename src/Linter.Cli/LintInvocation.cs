using System.CommandLine;
using GitOpsLint.Configuration;
using GitOpsLint.Engine;
using GitOpsLint.Rules;
using GitOpsLint.Workspace;

namespace GitOpsLint.Cli;

/// <summary>The part of check and baseline that locates the repository, loads the configuration and runs the engine.</summary>
internal static class LintInvocation
{
    public sealed record Outcome(LintResult? Result, string Root, int? ExitCode);

    public static Outcome Run(ParseResult parseResult, CommonOptions options, TextWriter error, IReadOnlySet<string>? baseline = null)
    {
        var target = RepositoryLocator.Locate(parseResult.GetValue(options.Paths) ?? [], Environment.CurrentDirectory);
        if (target.Error is not null)
        {
            error.WriteLine("gitopslint: " + target.Error);
            return new Outcome(null, target.Root, ExitCodes.Usage);
        }

        var configuration = LoadConfiguration(target.Root, parseResult.GetValue(options.Config), error);
        if (configuration is null)
        {
            return new Outcome(null, target.Root, ExitCodes.Usage);
        }

        if (parseResult.GetValue(options.KubeVersion) is { } kubeVersion)
        {
            if (!System.Text.RegularExpressions.Regex.IsMatch(kubeVersion, @"^v?\d+\.\d+(\.\d+)?$"))
            {
                error.WriteLine($"gitopslint: --kube-version '{kubeVersion}' is not a version such as 1.31");
                return new Outcome(null, target.Root, ExitCodes.Usage);
            }

            configuration = configuration with { KubernetesVersion = kubeVersion.TrimStart('v') };
        }

        var request = new LintRequest(new FileSystemWorkspace(target.Root), configuration, BuiltInAnalyzers.All)
        {
            OnlyPaths = target.OnlyPaths,
            BaselineFingerprints = baseline,
        };
        return new Outcome(LintEngine.Run(request), target.Root, null);
    }

    private static LintConfiguration? LoadConfiguration(string root, string? explicitPath, TextWriter error)
    {
        var path = explicitPath is not null ? Path.GetFullPath(explicitPath) : Path.Combine(root, ConfigurationLoader.DefaultFileName);
        if (!File.Exists(path))
        {
            if (explicitPath is not null)
            {
                error.WriteLine($"gitopslint: configuration file '{explicitPath}' does not exist");
                return null;
            }

            return LintConfiguration.Default;
        }

        var display = Path.GetRelativePath(Environment.CurrentDirectory, path);
        var (configuration, errors) = ConfigurationLoader.Load(display, File.ReadAllBytes(path));
        foreach (var configurationError in errors)
        {
            var start = configurationError.Location.Span.Start;
            error.WriteLine($"{display}({start.Line},{start.Column}): error: {configurationError.Message}");
        }

        if (errors.Count > 0)
        {
            error.WriteLine($"gitopslint: the configuration has {errors.Count} error(s); nothing was checked");
            return null;
        }

        return configuration;
    }
}
