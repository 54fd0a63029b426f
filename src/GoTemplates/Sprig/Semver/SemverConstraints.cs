using System.Text.RegularExpressions;
using GoTemplates.Runtime;

namespace GoTemplates.Sprig.Semver;

/// <summary>
/// Masterminds/semver v3.2's constraint language: comparison operators, <c>~</c>, <c>^</c>, x/X/* wildcards,
/// hyphen ranges, comma or space for AND, <c>||</c> for OR, and its pre-release rules.
/// </summary>
internal sealed partial class SemverConstraints
{
    private readonly List<List<Constraint>> alternatives;

    private SemverConstraints(List<List<Constraint>> alternatives) => this.alternatives = alternatives;

    private const string Ops = @"=||!=|>|<|>=|=>|<=|=<|~|~>|\^";
    private const string Cv = @"v?([0-9|x|X|\*]+)(\.[0-9|x|X|\*]+)?(\.[0-9|x|X|\*]+)?(-([0-9A-Za-z\-]+(\.[0-9A-Za-z\-]+)*))?(\+([0-9A-Za-z\-]+(\.[0-9A-Za-z\-]+)*))?";
    private const string S = @"[\t\n\f\r ]";

    [GeneratedRegex("^" + S + "*(" + Ops + ")" + S + "*(" + Cv + ")" + S + "*$", RegexOptions.CultureInvariant)]
    private static partial Regex ConstraintPattern();

    [GeneratedRegex(S + "*(" + Cv + ")" + S + "+-" + S + "+(" + Cv + ")" + S + "*", RegexOptions.CultureInvariant)]
    private static partial Regex RangePattern();

    [GeneratedRegex("(" + Ops + ")" + S + "*(" + Cv + ")", RegexOptions.CultureInvariant)]
    private static partial Regex FindPattern();

    [GeneratedRegex("^(" + S + "*(" + Ops + ")" + S + "*(" + Cv + ")" + S + "*)((?:" + S + "+|," + S + "*)(" + Ops + ")" + S + "*(" + Cv + ")" + S + "*)*$", RegexOptions.CultureInvariant)]
    private static partial Regex ValidPattern();

    public static SemverConstraints Parse(string text)
    {
        text = RewriteRange(text);
        var alternatives = new List<List<Constraint>>();
        foreach (var alternative in text.Split("||"))
        {
            if (!ValidPattern().IsMatch(alternative)) throw new GoFunctionException($"improper constraint: {alternative}");
            var found = FindPattern().Matches(alternative).Select(m => m.Value).ToList();
            if (found.Count == 0) found.Add(alternative);
            alternatives.Add(found.Select(ParseConstraint).ToList());
        }
        return new SemverConstraints(alternatives);
    }

    public bool Check(SemverVersion version) => alternatives.Any(all => all.All(c => c.Check(version)));

    private static string RewriteRange(string text)
    {
        var matches = RangePattern().Matches(text);
        var output = text;
        foreach (Match m in matches)
        {
            var replacement = $">= {m.Groups[1].Value}, <= {m.Groups[11].Value}";
            var index = output.IndexOf(m.Value, StringComparison.Ordinal);
            if (index >= 0) output = output[..index] + replacement + output[(index + m.Value.Length)..];
        }
        return output;
    }

    private static bool IsX(string s) => s is "x" or "*" or "X";

    private static Constraint ParseConstraint(string text)
    {
        if (text.Length == 0) return new Constraint(SemverVersion.Parse("0.0.0"), text, "", false, false, true);
        var m = ConstraintPattern().Match(text);
        if (!m.Success) throw new GoFunctionException($"improper constraint: {text}");
        var g3 = m.Groups[3].Value;
        var g4 = m.Groups[4].Value;
        var g5 = m.Groups[5].Value;
        var g6 = m.Groups[6].Value;
        var version = m.Groups[2].Value;
        bool minorDirty = false, patchDirty = false, dirty = false;
        if (IsX(g3) || g3.Length == 0)
        {
            version = "0.0.0" + g6;
            dirty = true;
        }
        else if (IsX(g4.StartsWith('.') ? g4[1..] : g4) || g4.Length == 0)
        {
            minorDirty = true;
            dirty = true;
            version = g3 + ".0.0" + g6;
        }
        else if (IsX(g5.StartsWith('.') ? g5[1..] : g5) || g5.Length == 0)
        {
            dirty = true;
            patchDirty = true;
            version = g3 + g4 + ".0" + g6;
        }
        SemverVersion parsed;
        try
        {
            parsed = SemverVersion.Parse(version);
        }
        catch (GoFunctionException)
        {
            throw new GoFunctionException("constraint Parser Error");
        }
        return new Constraint(parsed, m.Groups[2].Value, m.Groups[1].Value, minorDirty, patchDirty, dirty);
    }

    private sealed record Constraint(SemverVersion Con, string Original, string Operator, bool MinorDirty, bool PatchDirty, bool Dirty)
    {
        public bool Check(SemverVersion v) => Operator switch
        {
            "" or "=" => TildeOrEqual(v),
            "!=" => NotEqual(v),
            ">" => GreaterThan(v),
            "<" => ReleaseOnly(v) && v.CompareTo(Con) < 0,
            ">=" or "=>" => ReleaseOnly(v) && v.CompareTo(Con) >= 0,
            "<=" or "=<" => LessThanEqual(v),
            "~" or "~>" => Tilde(v),
            "^" => Caret(v),
            _ => false,
        };

        /// <summary>A pre-release version only satisfies constraints that carry a pre-release themselves.</summary>
        private bool ReleaseOnly(SemverVersion v) => !(v.Prerelease.Length > 0 && Con.Prerelease.Length == 0);

        private bool NotEqual(SemverVersion v)
        {
            if (Dirty)
            {
                if (v.Prerelease.Length > 0 && Con.Prerelease.Length == 0) return false;
                if (Con.Major != v.Major) return true;
                if (Con.Minor != v.Minor && !MinorDirty) return true;
                if (MinorDirty) return false;
                if (Con.Patch != v.Patch && !PatchDirty) return true;
                if (PatchDirty)
                {
                    if (v.Prerelease.Length > 0 || Con.Prerelease.Length > 0)
                        return SemverVersion.ComparePrerelease(v.Prerelease, Con.Prerelease) != 0;
                    return false;
                }
            }
            return v.CompareTo(Con) != 0;
        }

        private bool GreaterThan(SemverVersion v)
        {
            if (!ReleaseOnly(v)) return false;
            if (!Dirty) return v.CompareTo(Con) == 1;
            if (v.Major > Con.Major) return true;
            if (v.Major < Con.Major) return false;
            if (MinorDirty) return false;
            if (PatchDirty) return v.Minor > Con.Minor;
            return v.CompareTo(Con) == 1;
        }

        private bool LessThanEqual(SemverVersion v)
        {
            if (!ReleaseOnly(v)) return false;
            if (!Dirty) return v.CompareTo(Con) <= 0;
            if (v.Major > Con.Major) return false;
            if (v.Major == Con.Major && v.Minor > Con.Minor && !MinorDirty) return false;
            return true;
        }

        private bool Tilde(SemverVersion v)
        {
            if (!ReleaseOnly(v)) return false;
            if (v.CompareTo(Con) < 0) return false;
            if (Con.Major == 0 && Con.Minor == 0 && Con.Patch == 0 && !MinorDirty && !PatchDirty) return true;
            if (v.Major != Con.Major) return false;
            if (v.Minor != Con.Minor && !MinorDirty) return false;
            return true;
        }

        private bool TildeOrEqual(SemverVersion v)
        {
            if (!ReleaseOnly(v)) return false;
            if (Dirty) return Tilde(v);
            return v.CompareTo(Con) == 0;
        }

        private bool Caret(SemverVersion v)
        {
            if (!ReleaseOnly(v)) return false;
            if (v.CompareTo(Con) < 0) return false;
            if (Con.Major > 0 || MinorDirty) return v.Major == Con.Major;
            if (Con.Major == 0 && v.Major > 0) return false;
            if (Con.Minor > 0 || PatchDirty) return v.Minor == Con.Minor;
            if (Con.Minor == 0 && v.Minor > 0) return false;
            return Con.Patch == v.Patch;
        }
    }
}
