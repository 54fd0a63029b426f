using System.Globalization;
using System.Text;
using GoTemplates.Runtime;

namespace GoTemplates.Execution;

/// <summary>Go's template.HTMLEscapeString, template.JSEscapeString and url.QueryEscape.</summary>
internal static class Escaping
{
    public static string Html(string s)
    {
        if (s.IndexOfAny(['\'', '"', '&', '<', '>', '\0']) < 0) return s;
        var output = new StringBuilder(s.Length + 16);
        foreach (char c in s)
        {
            switch (c)
            {
                case '"': output.Append("&#34;"); break;
                case '\'': output.Append("&#39;"); break;
                case '&': output.Append("&amp;"); break;
                case '<': output.Append("&lt;"); break;
                case '>': output.Append("&gt;"); break;
                case '\0': output.Append('\uFFFD'); break;
                default: output.Append(c); break;
            }
        }
        return output.ToString();
    }

    public static string JavaScript(string s)
    {
        var output = new StringBuilder(s.Length + 16);
        for (int i = 0; i < s.Length; i++)
        {
            char c = s[i];
            if (c < 0x80)
            {
                switch (c)
                {
                    case '\\': output.Append("\\\\"); break;
                    case '\'': output.Append("\\'"); break;
                    case '"': output.Append("\\\""); break;
                    case '<': output.Append("\\u003C"); break;
                    case '>': output.Append("\\u003E"); break;
                    case '&': output.Append("\\u0026"); break;
                    case '=': output.Append("\\u003D"); break;
                    default:
                        if (c < ' ') output.Append("\\u00").Append(((int)c).ToString("X2", CultureInfo.InvariantCulture));
                        else output.Append(c);
                        break;
                }
                continue;
            }
            int rune = c;
            if (char.IsHighSurrogate(c) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]))
            {
                rune = char.ConvertToUtf32(c, s[i + 1]);
                i++;
            }
            if (GoQuote.IsPrint(rune)) GoQuote.AppendRune(output, rune);
            else output.Append("\\u").Append(rune.ToString("X4", CultureInfo.InvariantCulture));
        }
        return output.ToString();
    }

    public static string QueryEscape(string s)
    {
        var output = new StringBuilder(s.Length + 16);
        foreach (byte b in Encoding.UTF8.GetBytes(s))
        {
            if ((b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z') || (b >= '0' && b <= '9') || b == '-' || b == '_' || b == '.' || b == '~')
                output.Append((char)b);
            else if (b == ' ')
                output.Append('+');
            else
                output.Append('%').Append(b.ToString("X2", CultureInfo.InvariantCulture));
        }
        return output.ToString();
    }
}
