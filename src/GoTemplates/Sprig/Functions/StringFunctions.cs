using GoTemplates.Runtime;
using System.Text;
using GoTemplates.Sprig.Support;
using static GoTemplates.Sprig.Support.SprigTypes;

namespace GoTemplates.Sprig.Functions;

/// <summary>Sprig's string functions (strings.go, plus the string entries of functions.go).</summary>
internal static class StringFunctions
{
    public static void Register(FunctionTable t, SprigContext context)
    {
        t.Add("hello", Of(), Str, _ => "Hello!");
        t.Add("abbrev", Of(Int, Str), Str, a => Abbrev((nint)a[0]!, (string)a[1]!));
        t.Add("abbrevboth", Of(Int, Int, Str), Str, a => AbbrevBoth((nint)a[0]!, (nint)a[1]!, (string)a[2]!));
        t.Add("trunc", Of(Int, Str), Str, a => Trunc((nint)a[0]!, (string)a[1]!));
        t.Add("trim", Of(Str), Str, a => GoStrings.TrimSpace((string)a[0]!));
        t.Add("upper", Of(Str), Str, a => GoStrings.ToUpper((string)a[0]!));
        t.Add("lower", Of(Str), Str, a => GoStrings.ToLower((string)a[0]!));
        t.Add("title", Of(Str), Str, a => GoStrings.Title((string)a[0]!));
        t.Add("untitle", Of(Str), Str, a => Untitle((string)a[0]!));
        t.Add("substr", Of(Int, Int, Str), Str, a => Substring((nint)a[0]!, (nint)a[1]!, (string)a[2]!));
        t.Add("repeat", Of(Int, Str), Str, a => Repeat((nint)a[0]!, (string)a[1]!));
        t.Add("trimall", Of(Str, Str), Str, a => GoStrings.Trim((string)a[1]!, (string)a[0]!));
        t.Add("trimAll", Of(Str, Str), Str, a => GoStrings.Trim((string)a[1]!, (string)a[0]!));
        t.Add("trimSuffix", Of(Str, Str), Str, a => TrimSuffix((string)a[1]!, (string)a[0]!));
        t.Add("trimPrefix", Of(Str, Str), Str, a => TrimPrefix((string)a[1]!, (string)a[0]!));
        t.Add("nospace", Of(Str), Str, a => DeleteWhiteSpace((string)a[0]!));
        t.Add("initials", Of(Str), Str, a => Initials((string)a[0]!));
        t.Add("randAlphaNum", Of(Int), Str, a => RandomString(context, (nint)a[0]!, Alphanumeric));
        t.Add("randAlpha", Of(Int), Str, a => RandomString(context, (nint)a[0]!, Letters));
        t.Add("randAscii", Of(Int), Str, a => RandomString(context, (nint)a[0]!, PrintableAscii));
        t.Add("randNumeric", Of(Int), Str, a => RandomString(context, (nint)a[0]!, "0123456789"));
        t.Add("swapcase", Of(Str), Str, a => SwapCase((string)a[0]!));
        t.Add("shuffle", Of(Str), Str, a => Shuffle(context, (string)a[0]!));
        t.Add("snakecase", Of(Str), Str, a => CaseConversion.ToSnakeCase((string)a[0]!));
        t.Add("camelcase", Of(Str), Str, a => CaseConversion.ToCamelCase((string)a[0]!));
        t.Add("kebabcase", Of(Str), Str, a => CaseConversion.ToKebabCase((string)a[0]!));
        t.Add("wrap", Of(Int, Str), Str, a => WordWrap.Wrap((string)a[1]!, (nint)a[0]!, "", false));
        t.Add("wrapWith", Of(Int, Str, Str), Str, a => WordWrap.Wrap((string)a[2]!, (nint)a[0]!, (string)a[1]!, true));
        t.Add("contains", Of(Str, Str), Bool, a => ((string)a[1]!).Contains((string)a[0]!, StringComparison.Ordinal));
        t.Add("hasPrefix", Of(Str, Str), Bool, a => ((string)a[1]!).StartsWith((string)a[0]!, StringComparison.Ordinal));
        t.Add("hasSuffix", Of(Str, Str), Bool, a => ((string)a[1]!).EndsWith((string)a[0]!, StringComparison.Ordinal));
        t.AddVariadic("quote", Of(Any), Str, a => string.Join(" ", a.Where(v => v is not null).Select(v => GoFmt.Quote(Cast.StrVal(v)))));
        t.AddVariadic("squote", Of(Any), Str, a => string.Join(" ", a.Where(v => v is not null).Select(v => "'" + GoFmt.Sprint(v) + "'")));
        t.AddVariadic("cat", Of(Any), Str, a => string.Join(" ", a.Where(v => v is not null).Select(v => GoFmt.Sprint(v))));
        t.Add("indent", Of(Int, Str), Str, a => Indent((nint)a[0]!, (string)a[1]!));
        t.Add("nindent", Of(Int, Str), Str, a => "\n" + Indent((nint)a[0]!, (string)a[1]!));
        t.Add("replace", Of(Str, Str, Str), Str, a => Replace((string)a[2]!, (string)a[0]!, (string)a[1]!));
        t.Add("plural", Of(Str, Str, Int), Str, a => (nint)a[2]! == 1 ? a[0] : a[1]);
        t.Add("toString", Of(Any), Str, a => Cast.StrVal(a[0]));
        t.Add("split", Of(Str, Str), StringMap, a => Indexed(GoStrings.SplitN((string)a[1]!, (string)a[0]!, -1)));
        t.Add("splitList", Of(Str, Str), StringList, a => GoStrings.SplitN((string)a[1]!, (string)a[0]!, -1));
        t.Add("splitn", Of(Str, Int, Str), StringMap, a => Indexed(GoStrings.SplitN((string)a[2]!, (string)a[0]!, (int)Math.Clamp((nint)a[1]!, int.MinValue, int.MaxValue))));
        t.Add("toStrings", Of(Any), StringList, a => StringSlice(a[0]));
        t.Add("join", Of(Str, Any), Str, a => string.Join((string)a[0]!, StringSlice(a[1])));
        t.Add("sortAlpha", Of(Any), StringList, a => SortAlpha(a[0]));
    }

    private const string Letters = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
    private const string Alphanumeric = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
    private static readonly string PrintableAscii = new(Enumerable.Range(32, 95).Select(i => (char)i).ToArray());

    internal static string Abbrev(long width, string s)
    {
        if (width < 4) return s;
        return AbbreviateFull(s, 0, width);
    }

    internal static string AbbrevBoth(long left, long right, string s)
    {
        if (right < 4 || left > 0 && right < 7) return s;
        return AbbreviateFull(s, left, right);
    }

    /// <summary>goutils.AbbreviateFull, byte-indexed; its errors give "" as Sprig discards them.</summary>
    private static string AbbreviateFull(string s, long offset, long maxWidth)
    {
        if (s.Length == 0) return "";
        if (maxWidth < 4) return "";
        var length = GoStrings.ByteLength(s);
        if (length <= maxWidth) return s;
        if (offset > length) offset = length;
        if (length - offset < maxWidth - 3) offset = length - (maxWidth - 3);
        const string marker = "...";
        if (offset <= 4) return GoStrings.Slice(s, 0, maxWidth - 3) + marker;
        if (maxWidth < 7) return "";
        if (offset + maxWidth - 3 < length) return marker + AbbreviateFull(GoStrings.Slice(s, offset, null), 0, maxWidth - 3);
        return marker + GoStrings.Slice(s, length - (maxWidth - 3), null);
    }

    internal static string Trunc(long c, string s)
    {
        var length = GoStrings.ByteLength(s);
        if (c < 0 && length + c > 0) return GoStrings.Slice(s, length + c, null);
        if (c >= 0 && length > c) return GoStrings.Slice(s, 0, c);
        return s;
    }

    internal static string Substring(long start, long end, string s)
    {
        if (start < 0) return GoStrings.Slice(s, 0, end);
        if (end < 0 || end > GoStrings.ByteLength(s)) return GoStrings.Slice(s, start, null);
        return GoStrings.Slice(s, start, end);
    }

    private static string Repeat(long count, string s)
    {
        if (count < 0) throw new Runtime.GoPanicException("strings: negative Repeat count");
        if (s.Length > 0 && count > int.MaxValue / s.Length) throw new Runtime.GoPanicException("strings: Repeat output length overflow");
        return new StringBuilder(s.Length * (int)count).Insert(0, s, (int)count).ToString();
    }

    private static string TrimSuffix(string s, string suffix) =>
        suffix.Length > 0 && s.EndsWith(suffix, StringComparison.Ordinal) ? s[..^suffix.Length] : s;

    private static string TrimPrefix(string s, string prefix) =>
        prefix.Length > 0 && s.StartsWith(prefix, StringComparison.Ordinal) ? s[prefix.Length..] : s;

    private static string Replace(string s, string old, string replacement)
    {
        if (old.Length > 0) return s.Replace(old, replacement, StringComparison.Ordinal);
        // Go inserts the replacement before every rune and at the end when old is empty.
        var sb = new StringBuilder();
        foreach (var r in s.EnumerateRunes()) sb.Append(replacement).Append(r.ToString());
        return sb.Append(replacement).ToString();
    }

    /// <summary>goutils.DeleteWhiteSpace works on bytes and re-encodes each kept byte as a rune.</summary>
    internal static string DeleteWhiteSpace(string s)
    {
        if (s.Length == 0) return s;
        var bytes = GoStrings.ToBytes(s);
        var kept = bytes.Where(b => !GoStrings.IsSpace(b)).ToList();
        return kept.Count == bytes.Length ? s : GoStrings.BytesAsRunes(kept);
    }

    /// <summary>goutils.Initials, also byte-wise.</summary>
    internal static string Initials(string s)
    {
        if (s.Length == 0) return s;
        var result = new List<byte>();
        var lastWasGap = true;
        foreach (var b in GoStrings.ToBytes(s))
        {
            if (GoStrings.IsSpace(b)) lastWasGap = true;
            else if (lastWasGap)
            {
                result.Add(b);
                lastWasGap = false;
            }
        }
        return GoStrings.BytesAsRunes(result);
    }

    private static string Untitle(string s)
    {
        if (s.Length == 0) return s;
        var sb = new StringBuilder(s.Length);
        var next = true;
        foreach (var r in s.EnumerateRunes())
        {
            if (GoStrings.IsSpace(r.Value))
            {
                next = true;
                sb.Append(r.ToString());
            }
            else if (next)
            {
                sb.Append(Rune.ToLowerInvariant(r).ToString());
                next = false;
            }
            else sb.Append(r.ToString());
        }
        return sb.ToString();
    }

    internal static string SwapCase(string s)
    {
        var sb = new StringBuilder(s.Length);
        var whitespace = true;
        foreach (var r in s.EnumerateRunes())
        {
            var mapped = r;
            if (GoStrings.IsUpper(r) || GoStrings.IsTitle(r))
            {
                mapped = Rune.ToLowerInvariant(r);
                whitespace = false;
            }
            else if (GoStrings.IsLower(r))
            {
                mapped = whitespace ? GoStrings.ToTitle(r) : Rune.ToUpperInvariant(r);
                whitespace = false;
            }
            else
            {
                whitespace = GoStrings.IsSpace(r.Value);
            }
            sb.Append(mapped.ToString());
        }
        return sb.ToString();
    }

    private static string RandomString(SprigContext context, long count, string alphabet)
    {
        if (count <= 0) return "";
        var sb = new StringBuilder((int)count);
        for (var i = 0; i < count; i++) sb.Append(alphabet[context.Random.Next(alphabet.Length)]);
        return sb.ToString();
    }

    /// <summary>xstrings.Shuffle: a Fisher-Yates shuffle of the runes.</summary>
    private static string Shuffle(SprigContext context, string s)
    {
        var runes = s.EnumerateRunes().ToArray();
        for (var i = runes.Length - 1; i > 0; i--)
        {
            var j = context.Random.Next(i + 1);
            (runes[i], runes[j]) = (runes[j], runes[i]);
        }
        return string.Concat(runes.Select(r => r.ToString()));
    }

    private static string Indent(long spaces, string s)
    {
        var pad = spaces > 0 ? new string(' ', (int)spaces) : "";
        return pad + s.Replace("\n", "\n" + pad, StringComparison.Ordinal);
    }

    private static Dictionary<string, string> Indexed(List<string> parts)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < parts.Count; i++) result["_" + i] = parts[i];
        return result;
    }

    /// <summary>Sprig's strslice: []string as is; other slices element-wise through strval, nils dropped; a scalar as a one-element list.</summary>
    internal static List<string> StringSlice(object? value)
    {
        switch (value)
        {
            case List<string> strings:
                return strings;
            case null:
                return [];
        }
        var items = GoValues.SliceItems(value);
        if (items is null) return [Cast.StrVal(value)];
        return items.Where(v => v is not null).Select(Cast.StrVal).ToList();
    }

    private static List<string> SortAlpha(object? value)
    {
        if (!GoValues.IsSlice(value)) return [Cast.StrVal(value)];
        // Like Sprig, a []string is sorted in place: strslice returns it as it is.
        var sorted = StringSlice(value);
        sorted.Sort(GoStringComparer.Instance);
        return sorted;
    }
}
