using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using GitOpsLint.Diagnostics;

namespace GitOpsLint.Reporting.Sarif;

/// <summary>
/// Turns descriptors into SARIF rule metadata. GitHub code scanning needs a non-empty short description, full
/// description and help for every rule, so each falls back to the title when the descriptor leaves it empty.
/// </summary>
internal static partial class SarifRules
{

    public static SarifReportingDescriptor ToSarif(DiagnosticDescriptor rule)
    {
        var description = string.IsNullOrWhiteSpace(rule.Description) ? rule.Title : rule.Description.Trim();
        return new SarifReportingDescriptor(
            rule.Id,
            PascalCase(rule.Title),
            new SarifMultiformatMessage(rule.Title),
            new SarifMultiformatMessage(description),
            new SarifMultiformatMessage(HelpText(rule, description), HelpMarkdown(rule, description)),
            rule.HelpUri,
            new SarifReportingConfiguration(SarifLevels.Of(rule.DefaultSeverity), rule.EnabledByDefault ? null : false),
            new SarifRuleProperties(rule.Category, Tags(rule), Precision(rule.Category), SecuritySeverity(rule)));
    }

    /// <summary>
    /// A rule's friendly name as the single PascalCase identifier SARIF asks for: "Duplicate key in a mapping" →
    /// "DuplicateKeyInMapping". Articles are dropped and runs of capitals become one capital ("API" → "Api",
    /// "ApplicationSet" stays), because the SARIF multitool reads two capitals in a row as not Pascal case.
    /// </summary>
    public static string PascalCase(string title)
    {
        var builder = new StringBuilder(title.Length);
        var words = NonWordCharacters().Split(title.Replace("'", string.Empty, StringComparison.Ordinal).Replace("\u2019", string.Empty, StringComparison.Ordinal))
            .Where(w => w.Length > 0);
        foreach (var word in words)
        {
            if (word.ToLowerInvariant() is "a" or "an" or "the")
            {
                continue;
            }

            builder.Append(char.ToUpperInvariant(word[0]));
            for (var i = 1; i < word.Length; i++)
            {
                var inCapitalRun = char.IsAsciiLetterUpper(word[i]) && char.IsAsciiLetterUpper(word[i - 1])
                    && (i + 1 == word.Length || !char.IsAsciiLetterLower(word[i + 1]));
                builder.Append(inCapitalRun ? char.ToLowerInvariant(word[i]) : word[i]);
            }
        }

        return builder.Length > 0 ? builder.ToString() : "Rule";
    }

    /// <summary>
    /// How rarely the rule is wrong, for GitHub's ranking. Descriptors do not state it, so it follows from the category:
    /// syntax, schema, reference, configuration and rendering rules check facts against a specification and are
    /// "very-high"; the others apply conventions that a repository may have reasons to break, and are "high".
    /// </summary>
    public static string Precision(string category) => category switch
    {
        DiagnosticCategory.Syntax or DiagnosticCategory.Schema or DiagnosticCategory.References
            or DiagnosticCategory.Configuration or DiagnosticCategory.Rendering => "very-high",
        _ => "high",
    };

    /// <summary>The descriptor's tags; GitHub treats a rule as a security rule only when "security" is among them, so it is added to rules with a security severity.</summary>
    private static IReadOnlyList<string> Tags(DiagnosticDescriptor rule)
    {
        var tags = rule.Tags.Distinct(StringComparer.Ordinal).ToList();
        if (rule.SecuritySeverity is not null && !tags.Contains("security", StringComparer.Ordinal))
        {
            tags.Add("security");
        }

        return tags;
    }

    private static string? SecuritySeverity(DiagnosticDescriptor rule) =>
        rule.SecuritySeverity is { } score ? Math.Clamp(score, 0.0, 10.0).ToString("0.0##", CultureInfo.InvariantCulture) : null;

    private static string HelpText(DiagnosticDescriptor rule, string description)
    {
        var builder = new StringBuilder(description);
        if (rule.BadExample is { } bad)
        {
            builder.Append("\n\nExample of the problem:\n").Append(bad.TrimEnd('\n'));
        }

        if (rule.GoodExample is { } good)
        {
            builder.Append("\n\nFixed:\n").Append(good.TrimEnd('\n'));
        }

        builder.Append("\n\nDocumentation: ").Append(rule.HelpUri);
        return builder.ToString();
    }

    private static string HelpMarkdown(DiagnosticDescriptor rule, string description)
    {
        var builder = new StringBuilder();
        builder.Append("**").Append(rule.Id).Append(": ").Append(rule.Title).Append("**\n\n").Append(description);
        if (rule.BadExample is { } bad)
        {
            builder.Append("\n\nExample of the problem:\n\n```yaml\n").Append(bad.TrimEnd('\n')).Append("\n```");
        }

        if (rule.GoodExample is { } good)
        {
            builder.Append("\n\nFixed:\n\n```yaml\n").Append(good.TrimEnd('\n')).Append("\n```");
        }

        builder.Append("\n\n[Documentation](").Append(rule.HelpUri).Append(')');
        return builder.ToString();
    }

    [GeneratedRegex("[^A-Za-z0-9]+", RegexOptions.CultureInvariant)]
    private static partial Regex NonWordCharacters();
}
