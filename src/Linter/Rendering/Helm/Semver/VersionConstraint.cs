using System.Globalization;
using System.Numerics;
using System.Text.RegularExpressions;

namespace GitOpsLint.Rendering.Helm.Semver;

/// <summary>
/// A Masterminds/semver v3 constraint (<c>&gt;=1.2 &lt;2</c>, <c>^1.2.3</c>, <c>~1.2</c>, <c>1.2.x</c>, <c>1 - 2</c>,
/// <c>a || b</c>), as Helm uses it for dependency versions and <c>kubeVersion</c>. A version with a prerelease
/// only satisfies a comparison whose own version has a prerelease.
/// </summary>
internal sealed partial class VersionConstraint
{
    private readonly List<List<Comparison>> _alternatives;

    private VersionConstraint(List<List<Comparison>> alternatives)
    {
        _alternatives = alternatives;
    }

    private sealed record Comparison(string Op, BigInteger Major, BigInteger Minor, BigInteger Patch, string Prerelease, int Wildcard);

    [GeneratedRegex(@"^\s*(=|!=|>=|=>|<=|=<|>|<|~>|~|\^)?\s*v?([0-9]+|[xX*])(\.([0-9]+|[xX*]))?(\.([0-9]+|[xX*]))?(-([0-9A-Za-z\-]+(\.[0-9A-Za-z\-]+)*))?(\+([0-9A-Za-z\-]+(\.[0-9A-Za-z\-]+)*))?\s*$")]
    private static partial Regex Single();

    [GeneratedRegex(@"\s*(v?[0-9xX*][^\s,]*)\s+-\s+(v?[0-9xX*][^\s,]*)\s*")]
    private static partial Regex HyphenRange();

    [GeneratedRegex(@"(=|!=|>=|=>|<=|=<|>|<|~>|~|\^)\s+")]
    private static partial Regex OperatorSpace();

    internal static bool TryParse(string text, out VersionConstraint constraint)
    {
        constraint = null!;
        var alternatives = new List<List<Comparison>>();
        foreach (var alternative in text.Split("||"))
        {
            var rewritten = HyphenRange().Replace(alternative, " >= $1, <= $2 ");
            rewritten = OperatorSpace().Replace(rewritten, "$1");
            var parts = rewritten.Split([' ', ','], StringSplitOptions.RemoveEmptyEntries);
            if (parts.Length == 0)
            {
                return false;
            }

            var group = new List<Comparison>();
            foreach (var part in parts)
            {
                var m = Single().Match(part);
                if (!m.Success)
                {
                    return false;
                }

                var wildcard = 0;
                BigInteger Component(Group g, int level)
                {
                    if (!g.Success || g.Value is "x" or "X" or "*")
                    {
                        if (wildcard == 0)
                        {
                            wildcard = level;
                        }

                        return BigInteger.Zero;
                    }

                    return BigInteger.Parse(g.Value, CultureInfo.InvariantCulture);
                }

                var major = Component(m.Groups[2], 1);
                var minor = Component(m.Groups[4], 2);
                var patch = Component(m.Groups[6], 3);
                var op = m.Groups[1].Value switch { "=>" => ">=", "=<" => "<=", "~>" => "~", "" => "=", var o => o };
                group.Add(new Comparison(op, major, minor, patch, m.Groups[8].Success ? m.Groups[8].Value : "", wildcard));
            }

            alternatives.Add(group);
        }

        constraint = new VersionConstraint(alternatives);
        return true;
    }

    internal bool IsSatisfiedBy(SemanticVersion v) => _alternatives.Any(group => group.All(c => Check(c, v)));

    /// <summary>Helm's IsCompatibleRange: false when either side does not parse.</summary>
    internal static bool IsCompatibleRange(string constraint, string version) =>
        SemanticVersion.TryParse(version, out var v) && TryParse(constraint, out var c) && c.IsSatisfiedBy(v);

    private static bool Check(Comparison c, SemanticVersion v)
    {
        if (v.Prerelease.Length > 0 && c.Prerelease.Length == 0 && c.Op != "!=")
        {
            return false;
        }

        var cmp = CompareTo(v, c);
        switch (c.Op)
        {
            case "=":
                return c.Wildcard == 0 ? cmp == 0 : WithinWildcard(c, v);
            case "!=":
                return c.Wildcard == 0 ? cmp != 0 : !WithinWildcard(c, v);
            case ">":
                if (c.Wildcard == 0)
                {
                    return cmp > 0;
                }

                // ">1.x" means above every 1.x.
                return WildcardUpper(c) is { } upper && CompareCore(v, upper.Major, upper.Minor, upper.Patch) >= 0;
            case ">=":
                return cmp >= 0;
            case "<":
                return cmp < 0;
            case "<=":
                return c.Wildcard == 0 ? cmp <= 0 : (WildcardUpper(c) is not { } up || CompareCore(v, up.Major, up.Minor, up.Patch) < 0);
            case "~":
                {
                    if (cmp < 0)
                    {
                        return false;
                    }

                    // ~0.0.0 accepts everything; ~1 and ~1.x allow any minor; otherwise the minor is fixed.
                    if (c.Wildcard == 1 || (c.Wildcard == 0 && c.Major.IsZero && c.Minor.IsZero && c.Patch.IsZero))
                    {
                        return true;
                    }

                    return v.Major == c.Major && (c.Wildcard == 2 || v.Minor == c.Minor);
                }

            case "^":
                {
                    if (cmp < 0)
                    {
                        return false;
                    }

                    if (c.Wildcard == 1)
                    {
                        return true;
                    }

                    if (!c.Major.IsZero)
                    {
                        return v.Major == c.Major;
                    }

                    if (c.Wildcard == 2)
                    {
                        return v.Major.IsZero;
                    }

                    if (!c.Minor.IsZero)
                    {
                        return v.Major.IsZero && v.Minor == c.Minor;
                    }

                    if (c.Wildcard == 3)
                    {
                        return v.Major.IsZero && v.Minor.IsZero;
                    }

                    return v.Major.IsZero && v.Minor.IsZero && v.Patch == c.Patch;
                }

            default:
                return false;
        }
    }

    private static (BigInteger Major, BigInteger Minor, BigInteger Patch)? WildcardUpper(Comparison c) => c.Wildcard switch
    {
        1 => null,
        2 => (c.Major + 1, 0, 0),
        _ => (c.Major, c.Minor + 1, 0),
    };

    private static bool WithinWildcard(Comparison c, SemanticVersion v) => c.Wildcard switch
    {
        1 => true,
        2 => v.Major == c.Major,
        _ => v.Major == c.Major && v.Minor == c.Minor,
    };

    private static int CompareTo(SemanticVersion v, Comparison c)
    {
        var core = CompareCore(v, c.Major, c.Minor, c.Patch);
        if (core != 0)
        {
            return core;
        }

        if (!SemanticVersion.TryParse($"{c.Major}.{c.Minor}.{c.Patch}" + (c.Prerelease.Length > 0 ? "-" + c.Prerelease : ""), out var cv))
        {
            return 0;
        }

        return v.CompareTo(cv);
    }

    private static int CompareCore(SemanticVersion v, BigInteger major, BigInteger minor, BigInteger patch)
    {
        var c = v.Major.CompareTo(major);
        if (c != 0)
        {
            return c;
        }

        c = v.Minor.CompareTo(minor);
        return c != 0 ? c : v.Patch.CompareTo(patch);
    }
}
