using System.Text;
using System.Text.RegularExpressions;
using GoTemplates.Runtime;

namespace GoTemplates.Sprig.Regexp;

/// <summary>
/// A compiled Go regexp: RE2 syntax translated by <see cref="Re2Translator"/>, run by .NET's
/// non-backtracking engine (linear time, like RE2), with Go's rules for successive matches,
/// <c>Split</c> and <c>$1</c>/<c>${name}</c> expansion.
/// </summary>
internal sealed class GoRegex
{
    private readonly System.Text.RegularExpressions.Regex regex;
    private readonly string expression;

    private GoRegex(string expression, System.Text.RegularExpressions.Regex regex)
    {
        this.expression = expression;
        this.regex = regex;
    }

    /// <summary><c>regexp.Compile</c>: throws <see cref="GoFunctionException"/> with Go's message.</summary>
    public static GoRegex Compile(string expression)
    {
        var translated = Re2Translator.Translate(expression);
        System.Text.RegularExpressions.Regex regex;
        try
        {
            regex = new System.Text.RegularExpressions.Regex(translated, RegexOptions.NonBacktracking | RegexOptions.CultureInvariant);
        }
        catch (NotSupportedException)
        {
            regex = new System.Text.RegularExpressions.Regex(translated, RegexOptions.CultureInvariant, TimeSpan.FromSeconds(5));
        }
        return new GoRegex(expression, regex);
    }

    /// <summary><c>regexp.MustCompile</c>: a bad expression panics.</summary>
    public static GoRegex MustCompile(string expression)
    {
        try
        {
            return Compile(expression);
        }
        catch (GoFunctionException e)
        {
            var quoted = expression.Contains('`') || expression.Any(c => c < ' ' && c != '\t' || c == '\uFFFD') ? GoFmt.Quote(expression) : "`" + expression + "`";
            throw new GoPanicException($"regexp: Compile({quoted}): {e.Message}");
        }
    }

    public bool IsMatch(string s) => regex.IsMatch(s);

    public string FindString(string s)
    {
        var m = regex.Match(s);
        return m.Success ? m.Value : "";
    }

    /// <summary>Matches as Go enumerates them: an empty match right after the previous match is skipped.</summary>
    private IEnumerable<Match> AllMatches(string s)
    {
        var previousEnd = -1;
        foreach (Match m in regex.Matches(s))
        {
            var accept = !(m.Length == 0 && m.Index == previousEnd);
            previousEnd = m.Index + m.Length;
            if (accept) yield return m;
        }
    }

    public List<string> FindAllString(string s, long n)
    {
        var result = new List<string>();
        if (n == 0) return result;
        foreach (var m in AllMatches(s))
        {
            if (n > 0 && result.Count >= n) break;
            result.Add(m.Value);
        }
        return result;
    }

    public List<string> Split(string s, long n)
    {
        var result = new List<string>();
        if (n == 0) return result;
        if (expression.Length > 0 && s.Length == 0) return [""];
        var matches = AllMatches(s).ToList();
        if (n > 0 && matches.Count > n) matches = matches.Take((int)n).ToList();
        int begin = 0, end = 0;
        foreach (var m in matches)
        {
            if (n > 0 && result.Count == n - 1) break;
            end = m.Index;
            if (m.Index + m.Length != 0) result.Add(s[begin..end]);
            begin = m.Index + m.Length;
        }
        if (end != s.Length) result.Add(s[begin..]);
        return result;
    }

    public string ReplaceAll(string s, string replacement, bool literal)
    {
        var sb = new StringBuilder();
        var lastMatchEnd = 0;
        foreach (Match m in regex.Matches(s))
        {
            var matchEnd = m.Index + m.Length;
            if (m.Index < lastMatchEnd) continue;
            sb.Append(s, lastMatchEnd, m.Index - lastMatchEnd);
            if (matchEnd > lastMatchEnd || m.Index == 0)
            {
                if (literal) sb.Append(replacement);
                else Expand(sb, replacement, m);
            }
            lastMatchEnd = matchEnd;
        }
        sb.Append(s, lastMatchEnd, s.Length - lastMatchEnd);
        return sb.ToString();
    }

    /// <summary>Go's <c>Regexp.Expand</c>: $name takes the longest run of word characters; unknown groups expand to nothing.</summary>
    private void Expand(StringBuilder sb, string template, Match m)
    {
        var i = 0;
        while (i < template.Length)
        {
            var dollar = template.IndexOf('$', i);
            if (dollar < 0)
            {
                sb.Append(template, i, template.Length - i);
                return;
            }
            sb.Append(template, i, dollar - i);
            i = dollar + 1;
            if (i < template.Length && template[i] == '$')
            {
                sb.Append('$');
                i++;
                continue;
            }
            string? name = null;
            if (i < template.Length && template[i] == '{')
            {
                var close = template.IndexOf('}', i + 1);
                if (close > i + 1 && template[(i + 1)..close].All(IsWordChar))
                {
                    name = template[(i + 1)..close];
                    i = close + 1;
                }
            }
            else
            {
                var j = i;
                while (j < template.Length && IsWordChar(template[j])) j++;
                if (j > i)
                {
                    name = template[i..j];
                    i = j;
                }
            }
            if (name is null)
            {
                // Malformed: Go copies the dollar sign as it is.
                sb.Append('$');
                continue;
            }
            var group = int.TryParse(name, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var number)
                ? (number < m.Groups.Count && regex.GetGroupNumbers().Contains(number) && regex.GroupNameFromNumber(number) == number.ToString(System.Globalization.CultureInfo.InvariantCulture) ? m.Groups[number] : null)
                : regex.GroupNumberFromName(name) >= 0 && !char.IsAsciiDigit(name[0]) ? m.Groups[name] : null;
            if (group is { Success: true }) sb.Append(group.Value);
        }
    }

    private static bool IsWordChar(char c) => c == '_' || char.IsAsciiLetterOrDigit(c);

    public static string QuoteMeta(string s)
    {
        var sb = new StringBuilder(s.Length * 2);
        foreach (var c in s)
        {
            if ("\\.+*?()|[]{}^$".Contains(c)) sb.Append('\\');
            sb.Append(c);
        }
        return sb.ToString();
    }
}
