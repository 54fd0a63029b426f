using GitOpsLint.Analysis;
using GitOpsLint.Configuration;
using GitOpsLint.Diagnostics;
using GitOpsLint.Engine;
using GitOpsLint.Workspace;

namespace GitOpsLint.Rules.Tests.Infrastructure;

/// <summary>Runs analyzers through the real engine on files given in code or on a fixture folder, for rule tests.</summary>
internal static class RuleHarness
{
    /// <summary>Lints in-memory files with the given analyzers (and configuration text, if any); returns the findings in report order.</summary>
    public static IReadOnlyList<Diagnostic> Run(IReadOnlyDictionary<string, string> files, params Analyzer[] analyzers) =>
        Run(files, null, analyzers);

    public static IReadOnlyList<Diagnostic> Run(IReadOnlyDictionary<string, string> files, string? configurationYaml, params Analyzer[] analyzers)
    {
        var workspace = new InMemoryWorkspace(files);
        var configuration = LintConfiguration.Default;
        if (configurationYaml is not null)
        {
            var (loaded, errors) = ConfigurationLoader.Load(".gitopslint.yaml", System.Text.Encoding.UTF8.GetBytes(configurationYaml));
            Assert.Empty(errors);
            configuration = loaded;
        }

        return LintEngine.Run(new LintRequest(workspace, configuration, analyzers) { Today = new DateOnly(2026, 11, 28) }).Diagnostics;
    }

    /// <summary>Lints a folder under tests/fixtures (path relative to it).</summary>
    public static IReadOnlyList<Diagnostic> RunFixture(string fixturePath, params Analyzer[] analyzers)
    {
        var workspace = new FileSystemWorkspace(Path.Combine(FixturePaths.Root, fixturePath));
        return LintEngine.Run(new LintRequest(workspace, LintConfiguration.Default, analyzers) { Today = new DateOnly(2026, 11, 28) }).Diagnostics;
    }

    /// <summary>"GOL002 a.yaml(3,1)" lines, for compact assertions.</summary>
    public static IReadOnlyList<string> Summarize(IEnumerable<Diagnostic> diagnostics) =>
        diagnostics.Select(d => $"{d.Id} {d.Location.Path}({d.Location.Span.Start.Line},{d.Location.Span.Start.Column})").ToArray();
}
