using System.Text;
using System.Text.RegularExpressions;

namespace GitOpsLint.Workspace;

/// <summary>
/// A path glob as used in .gitignore and .gitopslint.yaml: <c>*</c> within a segment, <c>**</c> across segments,
/// <c>?</c>, character classes. A pattern without a slash matches a name at any depth; with one it is anchored at
/// the root (gitignore's rule, which users also expect from configuration globs).
/// </summary>
public sealed class GlobPattern
{
    private readonly Regex regex;

    public GlobPattern(string pattern)
    {
        Pattern = pattern;
        var text = pattern.Trim();
        var anchored = text.TrimEnd('/').Contains('/');
        text = text.Trim('/');
        var builder = new StringBuilder(anchored ? "^" : "^(?:.*/)?");
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            switch (c)
            {
                case '*' when i + 1 < text.Length && text[i + 1] == '*':
                    var slashFollows = i + 2 < text.Length && text[i + 2] == '/';
                    builder.Append(slashFollows ? "(?:.*/)?" : ".*");
                    i += slashFollows ? 2 : 1;
                    break;
                case '*':
                    builder.Append("[^/]*");
                    break;
                case '?':
                    builder.Append("[^/]");
                    break;
                case '[':
                    var close = text.IndexOf(']', i + 1);
                    if (close < 0)
                    {
                        builder.Append(@"\[");
                    }
                    else
                    {
                        var set = text[(i + 1)..close];
                        builder.Append('[').Append(set.StartsWith('!') ? "^" + Regex.Escape(set[1..]) : Regex.Escape(set)).Append(']');
                        i = close;
                    }

                    break;
                case '\\' when i + 1 < text.Length:
                    builder.Append(Regex.Escape(text[++i].ToString()));
                    break;
                default:
                    builder.Append(Regex.Escape(c.ToString()));
                    break;
            }
        }

        // A pattern naming a folder also matches everything below it.
        builder.Append("(?:/.*)?$");
        regex = new Regex(builder.ToString(), RegexOptions.CultureInvariant | RegexOptions.Compiled, TimeSpan.FromSeconds(1));
    }

    public string Pattern { get; }

    public bool IsMatch(string repositoryPath) => regex.IsMatch(repositoryPath);

    public override string ToString() => Pattern;
}
