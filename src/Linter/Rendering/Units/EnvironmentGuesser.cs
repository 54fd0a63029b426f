using GitOpsLint.Configuration;
using GitOpsLint.Syntax;

namespace GitOpsLint.Rendering.Units;

/// <summary>
/// Names the environment of a unit: the names in the configuration's <c>environments:</c> section (a list of names, a
/// mapping keyed by name, or a list of <c>{name: ...}</c>), else the usual ones (dev, staging, prod ...), matched against
/// explicit hints first (labels, generator parameters) and then against the segments of the unit's paths.
/// </summary>
internal sealed class EnvironmentGuesser
{
    private static readonly string[] CommonNames = ["dev", "development", "test", "testing", "qa", "uat", "stage", "staging", "preprod", "pre-prod", "prod", "production", "sandbox", "local"];

    private readonly HashSet<string> names;

    public EnvironmentGuesser(LintConfiguration configuration)
    {
        var configured = configuration.Root?.GetValue("environments") switch
        {
            YamlMapping mapping => mapping.Entries.Select(e => e.KeyText),
            YamlSequence list => list.Items.Select(i => i switch
            {
                YamlScalar s => s.Value,
                YamlMapping m => m.GetString("name") ?? string.Empty,
                _ => string.Empty,
            }),
            _ => [],
        };
        names = new HashSet<string>(configured.Where(n => n.Length > 0), StringComparer.OrdinalIgnoreCase);
        if (names.Count == 0)
        {
            names.UnionWith(CommonNames);
        }
    }

    /// <summary>The first explicit hint that is a known name (or any non-empty explicit hint), else the first known path segment.</summary>
    public string? Guess(IEnumerable<string?> explicitHints, IEnumerable<string?> paths)
    {
        foreach (var hint in explicitHints)
        {
            if (hint is { Length: > 0 })
            {
                return hint;
            }
        }

        foreach (var path in paths)
        {
            foreach (var segment in (path ?? string.Empty).Split('/', '-', '_', '.'))
            {
                if (names.Contains(segment))
                {
                    return segment.ToLowerInvariant();
                }
            }
        }

        return null;
    }
}
