namespace GitOpsLint.Rendering.Kustomize.Patching;

/// <summary>A Kubernetes label selector string (<c>a=b,c!=d,e in (x,y),!f,g</c>) matched against a label map.</summary>
internal static class LabelSelector
{
    public static bool Matches(string selector, IReadOnlyDictionary<string, string> labels)
    {
        foreach (var requirement in SplitRequirements(selector))
        {
            if (!MatchesOne(requirement.Trim(), labels))
            {
                return false;
            }
        }

        return true;
    }

    private static bool MatchesOne(string requirement, IReadOnlyDictionary<string, string> labels)
    {
        if (requirement.Length == 0)
        {
            return true;
        }

        if (requirement.StartsWith('!'))
        {
            return !labels.ContainsKey(requirement[1..].Trim());
        }

        foreach (var (word, negate) in new[] { (" notin ", true), (" in ", false) })
        {
            var at = requirement.IndexOf(word, StringComparison.Ordinal);
            if (at > 0)
            {
                var key = requirement[..at].Trim();
                var values = requirement[(at + word.Length)..].Trim().TrimStart('(').TrimEnd(')').Split(',').Select(v => v.Trim()).ToHashSet(StringComparer.Ordinal);
                var has = labels.TryGetValue(key, out var value) && values.Contains(value);
                return negate ? !has : has;
            }
        }

        var notEqual = requirement.IndexOf("!=", StringComparison.Ordinal);
        if (notEqual > 0)
        {
            return !(labels.TryGetValue(requirement[..notEqual].Trim(), out var value) && value == requirement[(notEqual + 2)..].Trim());
        }

        var equal = requirement.IndexOf('=', StringComparison.Ordinal);
        if (equal > 0)
        {
            var expected = requirement[(equal + 1)..].TrimStart('=').Trim();
            return labels.TryGetValue(requirement[..equal].Trim(), out var value) && value == expected;
        }

        return labels.ContainsKey(requirement);
    }

    /// <summary>Splits on commas outside parentheses.</summary>
    private static IEnumerable<string> SplitRequirements(string selector)
    {
        var depth = 0;
        var start = 0;
        for (var i = 0; i < selector.Length; i++)
        {
            depth += selector[i] switch { '(' => 1, ')' => -1, _ => 0 };
            if (selector[i] == ',' && depth == 0)
            {
                yield return selector[start..i];
                start = i + 1;
            }
        }

        yield return selector[start..];
    }
}
