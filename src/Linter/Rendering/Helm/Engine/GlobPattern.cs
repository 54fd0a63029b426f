using System.Text;
using System.Text.RegularExpressions;

namespace GitOpsLint.Rendering.Helm.Engine;

/// <summary>
/// gobwas/glob with '/' as separator, as <c>.Files.Glob</c> uses it: <c>*</c> stays within a folder, <c>**</c> crosses
/// folders, <c>?</c>, <c>[a-z]</c>, <c>[!a-z]</c>, <c>{a,b}</c> alternatives and <c>\</c> escapes.
/// </summary>
internal sealed class GlobPattern
{
    private readonly Regex _regex;

    private GlobPattern(Regex regex)
    {
        _regex = regex;
    }

    /// <summary>Null when the pattern does not compile (Helm then falls back to <c>**</c>).</summary>
    internal static GlobPattern? TryCompile(string pattern)
    {
        var sb = new StringBuilder("^");
        var braceDepth = 0;
        for (var i = 0; i < pattern.Length; i++)
        {
            var c = pattern[i];
            switch (c)
            {
                case '*' when i + 1 < pattern.Length && pattern[i + 1] == '*':
                    sb.Append(".*");
                    i++;
                    break;
                case '*':
                    sb.Append("[^/]*");
                    break;
                case '?':
                    sb.Append("[^/]");
                    break;
                case '[':
                    var close = pattern.IndexOf(']', i + 1);
                    if (close < 0)
                    {
                        return null;
                    }

                    var body = pattern[(i + 1)..close];
                    var negate = body.StartsWith('!');
                    if (negate)
                    {
                        body = body[1..];
                    }

                    if (body.Length == 0)
                    {
                        return null;
                    }

                    sb.Append(negate ? "[^" : "[").Append(body.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("[", "\\[", StringComparison.Ordinal)).Append(']');
                    i = close;
                    break;
                case '{':
                    braceDepth++;
                    sb.Append("(?:");
                    break;
                case '}' when braceDepth > 0:
                    braceDepth--;
                    sb.Append(')');
                    break;
                case ',' when braceDepth > 0:
                    sb.Append('|');
                    break;
                case '\\':
                    if (i + 1 >= pattern.Length)
                    {
                        return null;
                    }

                    sb.Append(Regex.Escape(pattern[++i].ToString()));
                    break;
                default:
                    sb.Append(Regex.Escape(c.ToString()));
                    break;
            }
        }

        if (braceDepth != 0)
        {
            return null;
        }

        sb.Append('$');
        try
        {
            return new GlobPattern(new Regex(sb.ToString(), RegexOptions.CultureInvariant | RegexOptions.Singleline, TimeSpan.FromSeconds(1)));
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    internal bool IsMatch(string path) => _regex.IsMatch(path);
}
