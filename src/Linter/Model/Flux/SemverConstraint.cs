using System.Text.RegularExpressions;

namespace GitOpsLint.Model.Flux;

/// <summary>
/// Whether a text is a version constraint that Masterminds/semver v3 (<c>semver.NewConstraint</c>, used by Flux and
/// Helm) accepts: <c>||</c>-separated groups of comma- or space-separated comparisons, hyphen ranges, <c>x</c>/<c>*</c>
/// wildcards, <c>~</c> and <c>^</c>. The patterns follow the library's own regular expressions, quirks included (the
/// wildcard class also admits <c>|</c>).
/// </summary>
internal static partial class SemverConstraint
{
    // Go's \s is [\t\n\f\r ]; .NET's is wider, so the class is spelled out.
    private const string Space = @"[\t\n\f\r ]";
    private const string Version = @"v?([0-9|xX*]+)(\.[0-9|xX*]+)?(\.[0-9|xX*]+)?(-([0-9A-Za-z\-]+(\.[0-9A-Za-z\-]+)*))?(\+([0-9A-Za-z\-]+(\.[0-9A-Za-z\-]+)*))?";
    private const string Operators = @"=||!=|>|<|>=|=>|<=|=<|~|~>|\^";

    public static bool IsValid(string text)
    {
        var rewritten = RangePattern().Replace(text, ">= $1, <= $11 ");
        foreach (var group in rewritten.Split("||"))
        {
            if (!GroupPattern().IsMatch(group))
            {
                return false;
            }
        }

        return true;
    }

    [GeneratedRegex(Space + "*(" + Version + ")" + Space + "+-" + Space + "+(" + Version + ")" + Space + "*", RegexOptions.CultureInvariant)]
    private static partial Regex RangePattern();

    [GeneratedRegex("^(" + Space + "*(" + Operators + ")" + Space + "*(" + Version + ")" + Space + "*)((?:" + Space + "+|," + Space + "*)(" + Operators + ")" + Space + "*(" + Version + ")" + Space + "*)*$", RegexOptions.CultureInvariant)]
    private static partial Regex GroupPattern();
}
