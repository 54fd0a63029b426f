using System.Text;
using GoTemplates.Sprig.Support;

namespace GoTemplates.Sprig.Functions;

/// <summary>huandu/xstrings' ToCamelCase, ToSnakeCase and ToKebabCase (the version Sprig 3.2.3 uses).</summary>
internal static class CaseConversion
{
    private enum WordType
    {
        Invalid,
        Number,
        UpperCase,
        Alphabet,
        Connector,
        Punct,
        Other,
    }

    public static string ToCamelCase(string s)
    {
        var runes = s.EnumerateRunes().ToArray();
        if (runes.Length == 0) return "";
        var sb = new StringBuilder();
        var i = 0;
        var r0 = default(Rune);
        while (i < runes.Length)
        {
            r0 = runes[i++];
            if (!IsConnector(r0))
            {
                r0 = Rune.ToUpperInvariant(r0);
                break;
            }
            sb.Append(r0.ToString());
        }
        if (i >= runes.Length)
        {
            sb.Append(r0.ToString());
            return sb.ToString();
        }
        while (i < runes.Length)
        {
            var r1 = r0;
            r0 = runes[i++];
            if (IsConnector(r0) && IsConnector(r1))
            {
                sb.Append(r1.ToString());
                continue;
            }
            if (IsConnector(r1))
            {
                r0 = Rune.ToUpperInvariant(r0);
            }
            else
            {
                r0 = Rune.ToLowerInvariant(r0);
                sb.Append(r1.ToString());
            }
        }
        sb.Append(r0.ToString());
        return sb.ToString();
    }

    public static string ToSnakeCase(string s) => CamelCaseToLowerCase(s, '_');

    public static string ToKebabCase(string s) => CamelCaseToLowerCase(s, '-');

    private static string CamelCaseToLowerCase(string s, char connector)
    {
        var runes = s.EnumerateRunes().ToArray();
        if (runes.Length == 0) return "";
        var sb = new StringBuilder();
        var position = 0;
        var (wt, word) = NextWord(runes, ref position);
        while (position < runes.Length)
        {
            if (wt != WordType.Connector) ToLower(sb, wt, word, connector);
            var previous = wt;
            var last = word;
            (wt, word) = NextWord(runes, ref position);
            switch (previous)
            {
                case WordType.Number:
                    while (wt is WordType.Alphabet or WordType.Number)
                    {
                        ToLower(sb, wt, word, connector);
                        (wt, word) = NextWord(runes, ref position);
                    }
                    if (wt is not (WordType.Invalid or WordType.Punct or WordType.Connector)) sb.Append(connector);
                    break;
                case WordType.Connector:
                    ToLower(sb, previous, last, connector);
                    break;
                case WordType.Punct:
                    break;
                default:
                    if (wt != WordType.Number)
                    {
                        if (wt is not (WordType.Connector or WordType.Punct)) sb.Append(connector);
                        break;
                    }
                    if (position >= runes.Length) break;
                    var number = word;
                    (wt, word) = NextWord(runes, ref position);
                    if (wt != WordType.Alphabet)
                    {
                        ToLower(sb, WordType.Number, number, connector);
                        if (wt is not (WordType.Connector or WordType.Punct)) sb.Append(connector);
                        break;
                    }
                    sb.Append(connector);
                    ToLower(sb, WordType.Number, number, connector);
                    while (wt is WordType.Alphabet or WordType.Number)
                    {
                        ToLower(sb, wt, word, connector);
                        (wt, word) = NextWord(runes, ref position);
                    }
                    if (wt is not (WordType.Invalid or WordType.Connector or WordType.Punct)) sb.Append(connector);
                    break;
            }
        }
        ToLower(sb, wt, word, connector);
        return sb.ToString();
    }

    private static (WordType Type, ArraySegment<Rune> Word) NextWord(Rune[] runes, ref int position)
    {
        var start = position;
        if (start >= runes.Length) return (WordType.Invalid, ArraySegment<Rune>.Empty);
        var end = start + 1;
        var r = runes[start];
        WordType type;
        if (IsConnector(r))
        {
            type = WordType.Connector;
            while (end < runes.Length && IsConnector(runes[end])) end++;
        }
        else if (GoStrings.IsPunct(r))
        {
            type = WordType.Punct;
            while (end < runes.Length && GoStrings.IsPunct(runes[end])) end++;
        }
        else if (GoStrings.IsUpper(r))
        {
            type = WordType.UpperCase;
            if (end < runes.Length)
            {
                var next = runes[end];
                if (GoStrings.IsUpper(next))
                {
                    end++;
                    while (end < runes.Length && GoStrings.IsUpper(runes[end])) end++;
                    // "HTTPServer": the last capital starts the next word.
                    if (end < runes.Length && IsAlphabet(runes[end])) end--;
                }
                else if (IsAlphabet(next))
                {
                    end++;
                    while (end < runes.Length && IsAlphabet(runes[end]) && !GoStrings.IsUpper(runes[end])) end++;
                }
            }
        }
        else if (IsAlphabet(r))
        {
            type = WordType.Alphabet;
            while (end < runes.Length && IsAlphabet(runes[end]) && !GoStrings.IsUpper(runes[end])) end++;
        }
        else if (GoStrings.IsNumber(r))
        {
            type = WordType.Number;
            while (end < runes.Length && GoStrings.IsNumber(runes[end])) end++;
        }
        else
        {
            type = WordType.Other;
            while (end < runes.Length && !(IsConnector(runes[end]) || IsAlphabet(runes[end]) || GoStrings.IsNumber(runes[end]) || GoStrings.IsPunct(runes[end]))) end++;
        }
        position = end;
        return (type, new ArraySegment<Rune>(runes, start, end - start));
    }

    private static void ToLower(StringBuilder sb, WordType type, ArraySegment<Rune> word, char connector)
    {
        foreach (var r in word)
        {
            if (type is not (WordType.UpperCase or WordType.Connector)) sb.Append(r.ToString());
            else if (IsConnector(r)) sb.Append(connector);
            else if (GoStrings.IsUpper(r)) sb.Append(Rune.ToLowerInvariant(r).ToString());
            else sb.Append(r.ToString());
        }
    }

    private static bool IsConnector(Rune r) => r.Value is '-' or '_' || GoStrings.IsSpace(r.Value);

    /// <summary>xstrings' isAlphabet: letters, except the common CJK ideographs.</summary>
    private static bool IsAlphabet(Rune r)
    {
        if (!Rune.IsLetter(r)) return false;
        var v = r.Value;
        if (v < 0x3400) return true;
        return !(v is >= 0x4E00 and <= 0x9FCC or >= 0x3400 and <= 0x4D85 or >= 0x20000 and <= 0x2B81D);
    }
}
