using System.Globalization;
using System.Text;

namespace GoTemplates.Runtime;

/// <summary>Go's strconv quoting: Quote, QuoteToASCII, QuoteRune, CanBackquote, IsPrint.</summary>
internal static class GoQuote
{
    public static string Quote(string value, bool asciiOnly)
    {
        var output = new StringBuilder(value.Length + 2);
        AppendQuoted(output, value, '"', asciiOnly);
        return output.ToString();
    }

    public static void AppendQuoted(StringBuilder output, string value, char quote, bool asciiOnly)
    {
        output.Append(quote);
        for (int i = 0; i < value.Length; i++)
        {
            int rune = value[i];
            if (char.IsHighSurrogate(value[i]) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                rune = char.ConvertToUtf32(value[i], value[i + 1]);
                i++;
            }
            else if (char.IsSurrogate(value[i]))
            {
                rune = 0xFFFD; // a lone surrogate is not valid UTF-8; Go would see a replacement character
            }
            AppendEscapedRune(output, rune, quote, asciiOnly);
        }
        output.Append(quote);
    }

    public static string QuoteRune(int rune, bool asciiOnly)
    {
        if (rune < 0 || rune > 0x10FFFF || (rune >= 0xD800 && rune <= 0xDFFF)) rune = 0xFFFD;
        var output = new StringBuilder();
        output.Append('\'');
        AppendEscapedRune(output, rune, '\'', asciiOnly);
        output.Append('\'');
        return output.ToString();
    }

    private static void AppendEscapedRune(StringBuilder output, int rune, char quote, bool asciiOnly)
    {
        if (rune == quote || rune == '\\')
        {
            output.Append('\\').Append((char)rune);
            return;
        }
        if (asciiOnly ? rune < 0x80 && IsPrint(rune) : IsPrint(rune))
        {
            AppendRune(output, rune);
            return;
        }
        switch (rune)
        {
            case '\a': output.Append("\\a"); return;
            case '\b': output.Append("\\b"); return;
            case '\f': output.Append("\\f"); return;
            case '\n': output.Append("\\n"); return;
            case '\r': output.Append("\\r"); return;
            case '\t': output.Append("\\t"); return;
            case '\v': output.Append("\\v"); return;
        }
        if (rune < ' ' || rune == 0x7F)
            output.Append("\\x").Append(rune.ToString("x2", CultureInfo.InvariantCulture));
        else if (rune < 0x10000)
            output.Append("\\u").Append(rune.ToString("x4", CultureInfo.InvariantCulture));
        else
            output.Append("\\U").Append(rune.ToString("x8", CultureInfo.InvariantCulture));
    }

    public static void AppendRune(StringBuilder output, int rune)
    {
        if (rune < 0x10000) output.Append((char)rune);
        else output.Append(char.ConvertFromUtf32(rune));
    }

    /// <summary>Go's strconv.IsPrint: letters, marks, numbers, punctuation, symbols and the ASCII space.</summary>
    public static bool IsPrint(int rune)
    {
        if (rune < 0x80) return rune >= 0x20 && rune < 0x7F;
        if (rune > 0x10FFFF || (rune >= 0xD800 && rune <= 0xDFFF)) return false;
        var category = CharUnicodeInfo.GetUnicodeCategory(rune);
        switch (category)
        {
            case UnicodeCategory.Control:
            case UnicodeCategory.Format:
            case UnicodeCategory.Surrogate:
            case UnicodeCategory.PrivateUse:
            case UnicodeCategory.OtherNotAssigned:
            case UnicodeCategory.SpaceSeparator:
            case UnicodeCategory.LineSeparator:
            case UnicodeCategory.ParagraphSeparator:
                return false;
            default:
                return true;
        }
    }

    /// <summary>Go's strconv.CanBackquote: no control characters other than tab, no backquote, no U+FEFF.</summary>
    public static bool CanBackquote(string value)
    {
        foreach (char c in value)
        {
            if (c == '`' || c == '\uFEFF') return false;
            if (c < ' ' && c != '\t') return false;
            if (c == 0x7F) return false;
        }
        return true;
    }
}
