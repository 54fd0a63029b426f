using System.Text;

namespace GoTemplates.Sprig.Support;

/// <summary>Go's <c>os.Expand</c>: replaces <c>$var</c> and <c>${var}</c> through a mapping.</summary>
internal static class GoExpand
{
    public static string Expand(string s, Func<string, string> mapping)
    {
        StringBuilder? buffer = null;
        var i = 0;
        for (var j = 0; j < s.Length; j++)
        {
            if (s[j] != '$' || j + 1 >= s.Length) continue;
            buffer ??= new StringBuilder(2 * s.Length);
            buffer.Append(s, i, j - i);
            var (name, width) = ShellName(s[(j + 1)..]);
            if (name.Length == 0 && width > 0)
            {
                // Invalid syntax such as "${}": Go eats the characters.
            }
            else if (name.Length == 0)
            {
                buffer.Append(s[j]);
            }
            else
            {
                buffer.Append(mapping(name));
            }
            j += width;
            i = j + 1;
        }
        return buffer is null ? s : buffer.Append(s[i..]).ToString();
    }

    private static (string Name, int Width) ShellName(string s)
    {
        if (s[0] == '{')
        {
            if (s.Length > 2 && IsSpecial(s[1]) && s[2] == '}') return (s[1..2], 3);
            for (var i = 1; i < s.Length; i++)
            {
                if (s[i] == '}') return i == 1 ? ("", 2) : (s[1..i], i + 1);
            }
            return ("", 1);
        }
        if (IsSpecial(s[0])) return (s[..1], 1);
        var n = 0;
        while (n < s.Length && (s[n] == '_' || char.IsAsciiLetterOrDigit(s[n]))) n++;
        return (s[..n], n);
    }

    private static bool IsSpecial(char c) => c is '*' or '#' or '$' or '@' or '!' or '?' or '-' or (>= '0' and <= '9');
}
