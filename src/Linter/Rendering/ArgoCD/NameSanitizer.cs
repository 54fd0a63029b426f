using System.Text;
using System.Text.RegularExpressions;

namespace GitOpsLint.Rendering.ArgoCD;

/// <summary>Argo CD's <c>normalize</c> (and the <c>...Normalized</c> parameters) and <c>slugify</c> template functions.</summary>
internal static partial class NameSanitizer
{
    /// <summary>Lower case, every character other than <c>[a-z0-9.-]</c> replaced by '-', cut at 253 characters, '-' and '.' trimmed at both ends.</summary>
    public static string Normalize(string name)
    {
        var lower = name.ToLowerInvariant();
        var replaced = InvalidDnsCharacters().Replace(lower, "-");
        return (replaced.Length > 253 ? replaced[..253] : replaced).Trim('-', '.');
    }

    /// <summary><c>slugify</c>: lower case, non-alphanumerics to '-', runs collapsed, trimmed, cut at <paramref name="maxSize"/> (on a '-' when <paramref name="smartTruncate"/>).</summary>
    public static string Slugify(string name, int maxSize = 50, bool smartTruncate = true)
    {
        var builder = new StringBuilder();
        foreach (var c in name.ToLowerInvariant())
        {
            builder.Append(char.IsAsciiLetterOrDigit(c) ? c : '-');
        }

        var slug = Dashes().Replace(builder.ToString(), "-").Trim('-');
        if (slug.Length <= maxSize)
        {
            return slug;
        }

        if (!smartTruncate)
        {
            return slug[..maxSize].Trim('-');
        }

        var result = new StringBuilder();
        foreach (var word in slug.Split('-'))
        {
            if (result.Length + word.Length + (result.Length > 0 ? 1 : 0) > maxSize)
            {
                break;
            }

            if (result.Length > 0)
            {
                result.Append('-');
            }

            result.Append(word);
        }

        return result.Length > 0 ? result.ToString() : slug[..maxSize];
    }

    [GeneratedRegex("[^-a-z0-9.]")]
    private static partial Regex InvalidDnsCharacters();

    [GeneratedRegex("-+")]
    private static partial Regex Dashes();
}
