using System.Globalization;
using GitOpsLint.Diagnostics;
using GitOpsLint.Syntax;
using GitOpsLint.Workspace;

namespace GitOpsLint.Configuration;

/// <summary>
/// Reads .gitopslint.yaml. Every mistake is collected with its file:line:col and a hint; the caller stops on any.
/// The accepted shape is also published as <c>schemas/gitopslint-config.schema.json</c> for editors.
/// </summary>
public static class ConfigurationLoader
{
    public const string DefaultFileName = ".gitopslint.yaml";

    private static readonly string[] TopLevelKeys = ["kubernetesVersion", "exclude", "rules", "overrides", "ignore", "profile", "environments", "repositories", "schemas", "charts", "clusters", "policies", "controllers"];

    public static (LintConfiguration Configuration, IReadOnlyList<ConfigurationError> Errors) Load(string path, byte[] bytes)
    {
        var errors = new List<ConfigurationError>();
        var file = YamlParser.Parse(path, bytes);
        foreach (var issue in file.Issues)
        {
            errors.Add(new ConfigurationError(new Location(path, issue.Span), issue.Message));
        }

        var root = file.Documents.FirstOrDefault()?.Root;
        if (root is null || errors.Count > 0)
        {
            return (LintConfiguration.Default with { Path = path }, errors);
        }

        if (root is not YamlMapping mapping)
        {
            errors.Add(new ConfigurationError(Location.Of(file, root), "the configuration must be a mapping of settings (kubernetesVersion, rules, overrides, exclude, ignore)"));
            return (LintConfiguration.Default with { Path = path }, errors);
        }

        var reader = new Reader(file, errors);
        foreach (var entry in mapping.Entries)
        {
            if (!TopLevelKeys.Contains(entry.KeyText))
            {
                var suggestion = Suggest(entry.KeyText, TopLevelKeys);
                errors.Add(reader.Error(entry.Key, $"unknown setting '{entry.KeyText}'" + (suggestion is null ? $"; known settings: {string.Join(", ", TopLevelKeys)}" : $"; did you mean '{suggestion}'?")));
            }
        }

        var configuration = new LintConfiguration
        {
            Path = path,
            Root = mapping,
            KubernetesVersion = reader.ReadKubernetesVersion(mapping.GetValue("kubernetesVersion")) ?? LintConfiguration.Default.KubernetesVersion,
            Exclude = reader.ReadGlobs(mapping.GetValue("exclude")),
            Rules = reader.ReadRules(mapping.GetValue("rules")),
            Overrides = reader.ReadOverrides(mapping.GetValue("overrides")),
            Ignores = reader.ReadIgnores(mapping.GetValue("ignore")),
        };
        return (configuration, errors);
    }

    /// <summary>The closest candidate by edit distance, when it is close enough to be a likely typo.</summary>
    public static string? Suggest(string word, IEnumerable<string> candidates)
    {
        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var candidate in candidates)
        {
            var distance = EditDistance.Between(word.ToLowerInvariant(), candidate.ToLowerInvariant());
            if (distance < bestDistance)
            {
                bestDistance = distance;
                best = candidate;
            }
        }

        return best is not null && bestDistance <= Math.Max(2, word.Length / 3) ? best : null;
    }

    private sealed class Reader(YamlFile file, List<ConfigurationError> errors)
    {
        public ConfigurationError Error(YamlNode node, string message) => new(Location.Of(file, node), message);

        private void Add(YamlNode node, string message) => errors.Add(Error(node, message));

        public string? ReadKubernetesVersion(YamlNode? node)
        {
            if (node is null)
            {
                return null;
            }

            if (node is YamlScalar scalar && System.Text.RegularExpressions.Regex.IsMatch(scalar.Value, @"^v?\d+\.\d+(\.\d+)?$"))
            {
                return scalar.Value.TrimStart('v');
            }

            Add(node, "kubernetesVersion must be a version such as \"1.33\" (quote it so YAML keeps it a string)");
            return null;
        }

        public IReadOnlyList<GlobPattern> ReadGlobs(YamlNode? node)
        {
            if (node is null)
            {
                return [];
            }

            if (node is YamlScalar { IsNull: false } single)
            {
                return [new GlobPattern(single.Value)];
            }

            if (node is not YamlSequence sequence)
            {
                Add(node, "expected a list of path globs, e.g. [\"vendor/**\", \"**/*.generated.yaml\"]");
                return [];
            }

            var globs = new List<GlobPattern>();
            foreach (var item in sequence.Items)
            {
                if (item is YamlScalar { IsNull: false } scalar)
                {
                    globs.Add(new GlobPattern(scalar.Value));
                }
                else
                {
                    Add(item, "expected a path glob (a string)");
                }
            }

            return globs;
        }

        public IReadOnlyDictionary<string, RuleSetting> ReadRules(YamlNode? node)
        {
            var rules = new Dictionary<string, RuleSetting>(StringComparer.Ordinal);
            if (node is null)
            {
                return rules;
            }

            if (node is not YamlMapping mapping)
            {
                Add(node, "rules must map rule IDs to a severity, e.g. rules: { GOL003: warning }");
                return rules;
            }

            foreach (var entry in mapping.Entries)
            {
                if (!IsRuleId(entry.KeyText))
                {
                    Add(entry.Key, $"'{entry.KeyText}' is not a rule ID; rule IDs look like GOL123 (see `gitopslint rules`)");
                    continue;
                }

                switch (entry.Value)
                {
                    case YamlScalar scalar:
                        if (ReadSeverity(scalar) is { } severity)
                        {
                            rules[entry.KeyText] = new RuleSetting(severity, null);
                        }

                        break;
                    case YamlMapping settings:
                        var severityNode = settings.GetValue("severity");
                        var options = settings.GetMapping("options");
                        foreach (var key in settings.Entries.Where(e => e.KeyText is not ("severity" or "options")))
                        {
                            Add(key.Key, $"unknown rule setting '{key.KeyText}'; a rule takes 'severity' and 'options'");
                        }

                        rules[entry.KeyText] = new RuleSetting(severityNode is YamlScalar s ? ReadSeverity(s) : null, options);
                        break;
                    default:
                        Add(entry.Value, "expected a severity (error, warning, note, none) or a mapping with severity and options");
                        break;
                }
            }

            return rules;
        }

        public IReadOnlyList<PathOverride> ReadOverrides(YamlNode? node)
        {
            if (node is null)
            {
                return [];
            }

            if (node is not YamlSequence sequence)
            {
                Add(node, "overrides must be a list of { files: [globs], rules: { GOL123: severity } }");
                return [];
            }

            var overrides = new List<PathOverride>();
            foreach (var item in sequence.Items)
            {
                if (item is not YamlMapping mapping)
                {
                    Add(item, "each override must be a mapping with 'files' and 'rules'");
                    continue;
                }

                foreach (var key in mapping.Entries.Where(e => e.KeyText is not ("files" or "rules")))
                {
                    Add(key.Key, $"unknown override setting '{key.KeyText}'; an override takes 'files' and 'rules'");
                }

                var files = ReadGlobs(mapping.GetValue("files"));
                if (files.Count == 0)
                {
                    Add(mapping, "an override needs 'files': the path globs it applies to");
                }

                var severities = ReadRules(mapping.GetValue("rules"))
                    .Where(r => r.Value.Severity is not null)
                    .ToDictionary(r => r.Key, r => r.Value.Severity!.Value, StringComparer.Ordinal);
                overrides.Add(new PathOverride(files, severities));
            }

            return overrides;
        }

        public IReadOnlyList<IgnoreEntry> ReadIgnores(YamlNode? node)
        {
            if (node is null)
            {
                return [];
            }

            if (node is not YamlSequence sequence)
            {
                Add(node, "ignore must be a list of { rules, files, kind, namespace, name, reason, expires }");
                return [];
            }

            var known = new[] { "rules", "files", "kind", "namespace", "name", "reason", "expires" };
            var entries = new List<IgnoreEntry>();
            foreach (var item in sequence.Items)
            {
                if (item is not YamlMapping mapping)
                {
                    Add(item, "each ignore entry must be a mapping");
                    continue;
                }

                foreach (var key in mapping.Entries.Where(e => !known.Contains(e.KeyText)))
                {
                    Add(key.Key, $"unknown ignore setting '{key.KeyText}'; known: {string.Join(", ", known)}");
                }

                var rules = new List<string>();
                var rulesNode = mapping.GetValue("rules");
                var ruleItems = rulesNode switch
                {
                    YamlSequence list => list.Items,
                    YamlScalar scalar => [scalar],
                    _ => [],
                };
                foreach (var ruleNode in ruleItems)
                {
                    if (ruleNode is YamlScalar ruleScalar && IsRuleId(ruleScalar.Value))
                    {
                        rules.Add(ruleScalar.Value);
                    }
                    else
                    {
                        Add(ruleNode, "expected a rule ID such as GOL123");
                    }
                }

                var files = ReadGlobs(mapping.GetValue("files"));
                var kind = mapping.GetString("kind");
                var ns = mapping.GetString("namespace");
                var name = mapping.GetString("name");
                if (files.Count == 0 && kind is null && ns is null && name is null)
                {
                    Add(mapping, "an ignore entry needs at least one of 'files', 'kind', 'namespace' or 'name' to say what it applies to");
                }

                DateOnly? expires = null;
                if (mapping.GetValue("expires") is YamlScalar expiresNode)
                {
                    if (DateOnly.TryParseExact(expiresNode.Value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
                    {
                        expires = date;
                    }
                    else
                    {
                        Add(expiresNode, "expires must be a date written as YYYY-MM-DD");
                    }
                }

                entries.Add(new IgnoreEntry(rules, files, kind, ns, name, mapping.GetString("reason"), expires, Location.Of(file, mapping)));
            }

            return entries;
        }

        private Severity? ReadSeverity(YamlScalar scalar)
        {
            if (SeverityNames.TryParse(scalar.Value, out var severity))
            {
                return severity;
            }

            Add(scalar, $"'{scalar.Value}' is not a severity; use error, warning, note or none");
            return null;
        }

        private static bool IsRuleId(string text) => text.Length == 6 && text.StartsWith("GOL", StringComparison.Ordinal) && text[3..].All(char.IsAsciiDigit);
    }
}
