namespace GitOpsLint.Diagnostics;

/// <summary>
/// What a rule reports: its stable ID (<c>GOLnnn</c>, never reused), title, message format
/// (<see cref="string.Format(IFormatProvider, string, object[])"/> placeholders), category, default severity and
/// documentation. Reports, <c>gitopslint rules</c> and <c>docs/rules/</c> are generated from descriptors.
/// </summary>
public sealed record DiagnosticDescriptor(
    string Id,
    string Title,
    string MessageFormat,
    string Category,
    Severity DefaultSeverity,
    string Description)
{
    /// <summary>Where the rule's documentation lives (its page under docs/rules).</summary>
    public string HelpUri => HelpUriBase + Id + ".md";

    /// <summary>The rule documentation pages' base address; the pages are also in the repository under docs/rules/.</summary>
    public const string HelpUriBase = "https://github.com/gitopslint/gitopslint/blob/main/docs/rules/";

    /// <summary>A manifest that triggers the rule, for documentation.</summary>
    public string? BadExample { get; init; }

    /// <summary>The same manifest fixed, for documentation.</summary>
    public string? GoodExample { get; init; }

    /// <summary>CVSS-like score (0.0–10.0) for security rules; GitHub code scanning ranks alerts by it. Null for other rules.</summary>
    public double? SecuritySeverity { get; init; }

    /// <summary>Free tags (e.g. "security", "yaml").</summary>
    public IReadOnlyList<string> Tags { get; init; } = [];

    /// <summary>Whether the rule is on when nothing configures it.</summary>
    public bool EnabledByDefault { get; init; } = true;
}
