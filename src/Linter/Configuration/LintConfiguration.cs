using GitOpsLint.Diagnostics;
using GitOpsLint.Syntax;
using GitOpsLint.Workspace;

namespace GitOpsLint.Configuration;

/// <summary>The settings of one run, from .gitopslint.yaml (or defaults) and the command line.</summary>
public sealed record LintConfiguration
{
    public static readonly LintConfiguration Default = new();

    /// <summary>The file it came from (repository-relative), or null for defaults.</summary>
    public string? Path { get; init; }

    /// <summary>Target Kubernetes version, "1.33" style.</summary>
    public string KubernetesVersion { get; init; } = "1.33";

    public IReadOnlyList<GlobPattern> Exclude { get; init; } = [];

    public IReadOnlyDictionary<string, RuleSetting> Rules { get; init; } = new Dictionary<string, RuleSetting>(StringComparer.Ordinal);

    public IReadOnlyList<PathOverride> Overrides { get; init; } = [];

    public IReadOnlyList<IgnoreEntry> Ignores { get; init; } = [];

    /// <summary>The whole file as parsed, for sections that later features read.</summary>
    public YamlMapping? Root { get; init; }

    /// <summary>The severity of <paramref name="descriptor"/> for a finding in <paramref name="path"/>.</summary>
    public Severity SeverityFor(DiagnosticDescriptor descriptor, string path)
    {
        var severity = Rules.TryGetValue(descriptor.Id, out var setting) && setting.Severity is { } configured
            ? configured
            : descriptor.EnabledByDefault ? descriptor.DefaultSeverity : Severity.None;
        foreach (var pathOverride in Overrides)
        {
            if (pathOverride.Severities.TryGetValue(descriptor.Id, out var overridden) && pathOverride.Files.Any(g => g.IsMatch(path)))
            {
                severity = overridden;
            }
        }

        return severity;
    }

    /// <summary>Whether the rule may report anywhere (used to skip analyzers whose rules are all off).</summary>
    public bool IsPossiblyEnabled(DiagnosticDescriptor descriptor) =>
        SeverityFor(descriptor, string.Empty) != Severity.None || Overrides.Any(o => o.Severities.TryGetValue(descriptor.Id, out var s) && s != Severity.None);

    public YamlMapping? RuleOptions(string ruleId) => Rules.TryGetValue(ruleId, out var setting) ? setting.Options : null;
}
