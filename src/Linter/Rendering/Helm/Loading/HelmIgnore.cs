namespace GitOpsLint.Rendering.Helm.Loading;

/// <summary>
/// Helm's <c>.helmignore</c> dialect: <c>filepath.Match</c> globs (no <c>**</c>), a trailing '/' for directories,
/// a pattern with '/' matched against the whole relative path, otherwise against the base name, and Helm's odd
/// negation: a <c>!pattern</c> that does NOT match marks the path ignored.
/// </summary>
internal sealed class HelmIgnore
{
    private readonly List<Rule> _rules = [];

    private sealed record Rule(string Glob, bool Negate, bool DirectoryOnly, bool WholePath);

    /// <summary>Parses a .helmignore file; throws <see cref="ChartLoadException"/> with Helm's message on a bad rule.</summary>
    internal static HelmIgnore Parse(string text)
    {
        var ignore = new HelmIgnore();
        foreach (var line in text.TrimStart('\uFEFF').Split('\n'))
        {
            ignore.Add(line);
        }

        return ignore;
    }

    internal void Add(string rule)
    {
        rule = rule.Trim();
        if (rule.Length == 0 || rule.StartsWith('#'))
        {
            return;
        }

        if (rule.Contains("**", StringComparison.Ordinal))
        {
            throw new ChartLoadException("double-star (**) syntax is not supported");
        }

        if (!GoPathMatch.IsValidPattern(rule))
        {
            throw new ChartLoadException("syntax error in pattern");
        }

        var negate = false;
        if (rule.StartsWith('!'))
        {
            negate = true;
            rule = rule[1..];
        }

        var directoryOnly = false;
        if (rule.EndsWith('/'))
        {
            directoryOnly = true;
            rule = rule[..^1];
        }

        var wholePath = false;
        if (rule.StartsWith('/'))
        {
            wholePath = true;
            rule = rule[1..];
        }
        else if (rule.Contains('/', StringComparison.Ordinal))
        {
            wholePath = true;
        }

        _rules.Add(new Rule(rule, negate, directoryOnly, wholePath));
    }

    internal bool IsIgnored(string path, bool isDirectory)
    {
        if (path is "" or "." or "./")
        {
            return false;
        }

        foreach (var rule in _rules)
        {
            if (rule.Negate)
            {
                if (rule.DirectoryOnly && !isDirectory)
                {
                    return true;
                }

                if (!Matches(rule, path))
                {
                    return true;
                }

                continue;
            }

            if (rule.DirectoryOnly && !isDirectory)
            {
                continue;
            }

            if (Matches(rule, path))
            {
                return true;
            }
        }

        return false;
    }

    private static bool Matches(Rule rule, string path)
    {
        var name = rule.WholePath ? path : path[(path.LastIndexOf('/') + 1)..];
        try
        {
            return GoPathMatch.Match(rule.Glob, name);
        }
        catch (FormatException)
        {
            return false;
        }
    }
}
