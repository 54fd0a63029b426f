using System.CommandLine;

namespace GitOpsLint.Cli;

/// <summary>Options shared by the commands that lint.</summary>
internal sealed class CommonOptions
{
    public Argument<string[]> Paths { get; } = new("paths")
    {
        Description = "A repository folder (default: the current one), or files to report on (their repository is still read whole).",
        Arity = ArgumentArity.ZeroOrMore,
    };

    public Option<string?> Config { get; } = new("--config", "-c") { Description = "Configuration file (default: .gitopslint.yaml at the repository root)." };

    public Option<string?> KubeVersion { get; } = new("--kube-version") { Description = "Target Kubernetes version, e.g. 1.31 (overrides the configuration)." };

    public void AddTo(Command command)
    {
        command.Arguments.Add(Paths);
        command.Options.Add(Config);
        command.Options.Add(KubeVersion);
    }
}
