using System.Text.RegularExpressions;
using GitOpsLint.Configuration;
using GitOpsLint.Syntax;

namespace GitOpsLint.Rules.ArgoCD;

/// <summary>
/// Decides whether an Application deploys to production: its destination namespace, cluster name or server, its
/// name, or its file path matches one of the rule's <c>productionPatterns</c> option (regular expressions, case
/// insensitive; default: the words <c>prod</c> and <c>production</c>).
/// </summary>
internal sealed class ProductionScope
{
    /// <summary>Immutable and shared: compiled once, because most runs use the default.</summary>
    private static readonly Regex DefaultPattern = new("(^|[^a-z0-9])(prod|production)([^a-z0-9]|$)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled);

    private readonly Regex[] patterns;

    private ProductionScope(Regex[] patterns)
    {
        this.patterns = patterns;
    }

    public static ProductionScope For(LintConfiguration configuration, string ruleId)
    {
        string[]? configured = configuration.RuleOptions(ruleId)?.GetValue("productionPatterns") switch
        {
            YamlSequence list => list.Items.OfType<YamlScalar>().Select(s => s.Value).ToArray(),
            YamlScalar { IsNull: false } single => [single.Value],
            _ => null,
        };
        return configured is null
            ? new ProductionScope([DefaultPattern])
            : new ProductionScope(configured.Select(p => new Regex(p, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1))).ToArray());
    }

    /// <summary>The first value that marks the Application as production ("destination namespace 'myapp-prod'"), or null.</summary>
    public string? Reason(ApplicationSpecs specs)
    {
        var destination = specs.Spec.Destination;
        var candidates = new (string What, string? Value)[]
        {
            ("destination namespace", destination?.Namespace?.Value),
            ("destination cluster", destination?.Name?.Value),
            ("destination server", destination?.Server?.Value),
            ("name", specs.Metadata?.GetString("name") ?? specs.Owner.Name),
            (specs.IsTemplate ? "ApplicationSet name" : "object name", specs.Owner.Name),
            ("file", specs.Owner.Document.File.Path),
        };
        foreach (var (what, value) in candidates)
        {
            if (value is { Length: > 0 } && patterns.Any(p => p.IsMatch(value)))
            {
                return $"{what} '{value}'";
            }
        }

        return null;
    }
}
