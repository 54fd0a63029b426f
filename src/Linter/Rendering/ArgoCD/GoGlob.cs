using System.Text;
using System.Text.RegularExpressions;

namespace GitOpsLint.Rendering.ArgoCD;

/// <summary>
/// Glob matching as Argo CD applies it to repository paths: <c>*</c>, <c>?</c>, <c>[...]</c>, <c>{a,b}</c> and <c>**</c>.
/// For directory sources' include/exclude, <c>*</c> also crosses '/' (gobwas/glob without separators); for the git
/// files generator it stays within one segment and <c>**</c> crosses folders.
/// </summary>
internal static class GoGlob
{
    public static bool Match(string pattern, string path, bool starCrossesSlash)
    {
        var regex = ToRegex(pattern, starCrossesSlash);
        return regex is not null && regex.IsMatch(path);
    }

    private static Regex? ToRegex(string pattern, bool starCrossesSlash)
    {
        var builder = new StringBuilder("^");
        var braceDepth = 0;
        for (var i = 0; i < pattern.Length; i++)
        {
            var c = pattern[i];
            switch (c)
            {
                case '*' when i + 1 < pattern.Length && pattern[i + 1] == '*':
                    var slash = i + 2 < pattern.Length && pattern[i + 2] == '/';
                    builder.Append(slash ? "(?:.*/)?" : ".*");
                    i += slash ? 2 : 1;
                    break;
                case '*':
                    builder.Append(starCrossesSlash ? ".*" : "[^/]*");
                    break;
                case '?':
                    builder.Append(starCrossesSlash ? "." : "[^/]");
                    break;
                case '[':
                    var close = pattern.IndexOf(']', i + 1);
                    if (close < 0)
                    {
                        return null;
                    }

                    var set = pattern[(i + 1)..close];
                    builder.Append('[').Append(set.StartsWith('!') || set.StartsWith('^') ? "^" + Regex.Escape(set[1..]) : Regex.Escape(set)).Append(']');
                    i = close;
                    break;
                case '{':
                    braceDepth++;
                    builder.Append("(?:");
                    break;
                case '}' when braceDepth > 0:
                    braceDepth--;
                    builder.Append(')');
                    break;
                case ',' when braceDepth > 0:
                    builder.Append('|');
                    break;
                case '\\' when i + 1 < pattern.Length:
                    builder.Append(Regex.Escape(pattern[++i].ToString()));
                    break;
                default:
                    builder.Append(Regex.Escape(c.ToString()));
                    break;
            }
        }

        if (braceDepth != 0)
        {
            return null;
        }

        builder.Append('$');
        return new Regex(builder.ToString(), RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
    }
}
