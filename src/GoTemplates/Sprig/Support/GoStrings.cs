using System.Globalization;
using System.Text;

namespace GoTemplates.Sprig.Support;

/// <summary>
/// Go string semantics over .NET strings: Go strings are UTF-8 bytes, so functions that index bytes
/// (<c>trunc</c>, <c>substr</c>, <c>abbrev</c>, <c>wrap</c>) work on the UTF-8 encoding. A cut through a
/// multi-byte character cannot be represented in a .NET string and becomes U+FFFD.
/// </summary>
internal static class GoStrings
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false);

    public static byte[] ToBytes(string s) => Utf8.GetBytes(s);

    public static string FromBytes(ReadOnlySpan<byte> bytes) => Utf8.GetString(bytes);

    /// <summary>Byte length, Go's <c>len(s)</c>.</summary>
    public static int ByteLength(string s) => Utf8.GetByteCount(s);

    /// <summary>Go's <c>s[start:end]</c> over bytes, panicking like the Go runtime on bad bounds.</summary>
    public static string Slice(string s, long start, long? end)
    {
        var bytes = ToBytes(s);
        var high = end ?? bytes.Length;
        if (end is not null && (high < 0 || high > bytes.Length))
            throw new Runtime.GoPanicException($"runtime error: slice bounds out of range [:{high}] with length {bytes.Length}");
        if (start < 0 || start > high)
            throw new Runtime.GoPanicException($"runtime error: slice bounds out of range [{start}:{high}]");
        return FromBytes(bytes.AsSpan((int)start, (int)(high - start)));
    }

    /// <summary>Reinterprets each UTF-8 byte as the rune of the same value, as goutils does with <c>rune(str[i])</c>.</summary>
    public static string BytesAsRunes(IEnumerable<byte> bytes)
    {
        var sb = new StringBuilder();
        foreach (var b in bytes) sb.Append((char)b);
        return sb.ToString();
    }

    /// <summary>Go's <c>unicode.IsSpace</c>.</summary>
    public static bool IsSpace(int r) => r switch
    {
        '\t' or '\n' or '\v' or '\f' or '\r' or ' ' or 0x85 or 0xA0 => true,
        < 0x100 => false,
        _ => r is 0x1680 or (>= 0x2000 and <= 0x200a) or 0x2028 or 0x2029 or 0x202f or 0x205f or 0x3000,
    };

    public static bool IsLetter(Rune r) => Rune.IsLetter(r);

    public static bool IsUpper(Rune r) => Rune.GetUnicodeCategory(r) == UnicodeCategory.UppercaseLetter;

    public static bool IsLower(Rune r) => Rune.GetUnicodeCategory(r) == UnicodeCategory.LowercaseLetter;

    public static bool IsTitle(Rune r) => Rune.GetUnicodeCategory(r) == UnicodeCategory.TitlecaseLetter;

    public static bool IsDigit(Rune r) => Rune.GetUnicodeCategory(r) == UnicodeCategory.DecimalDigitNumber;

    public static bool IsNumber(Rune r) => Rune.GetUnicodeCategory(r) is UnicodeCategory.DecimalDigitNumber or UnicodeCategory.LetterNumber or UnicodeCategory.OtherNumber;

    public static bool IsPunct(Rune r) => Rune.GetUnicodeCategory(r) is UnicodeCategory.ConnectorPunctuation or UnicodeCategory.DashPunctuation
        or UnicodeCategory.OpenPunctuation or UnicodeCategory.ClosePunctuation or UnicodeCategory.InitialQuotePunctuation
        or UnicodeCategory.FinalQuotePunctuation or UnicodeCategory.OtherPunctuation;

    /// <summary>Go's <c>unicode.ToTitle</c>: title case where one exists (the DŽ digraphs), else upper case.</summary>
    public static Rune ToTitle(Rune r) => r.Value switch
    {
        0x01C4 or 0x01C5 or 0x01C6 => new Rune(0x01C5),
        0x01C7 or 0x01C8 or 0x01C9 => new Rune(0x01C8),
        0x01CA or 0x01CB or 0x01CC => new Rune(0x01CB),
        0x01F1 or 0x01F2 or 0x01F3 => new Rune(0x01F2),
        _ => Rune.ToUpperInvariant(r),
    };

    public static string ToUpper(string s)
    {
        var sb = new StringBuilder(s.Length);
        foreach (var r in s.EnumerateRunes()) sb.Append(Rune.ToUpperInvariant(r).ToString());
        return sb.ToString();
    }

    public static string ToLower(string s)
    {
        var sb = new StringBuilder(s.Length);
        foreach (var r in s.EnumerateRunes()) sb.Append(Rune.ToLowerInvariant(r).ToString());
        return sb.ToString();
    }

    /// <summary>Go's <c>strings.TrimSpace</c>.</summary>
    public static string TrimSpace(string s)
    {
        var start = 0;
        var end = s.Length;
        while (start < end && IsSpace(s[start])) start++;
        while (end > start && IsSpace(s[end - 1])) end--;
        return s[start..end];
    }

    /// <summary>Go's <c>strings.Trim(s, cutset)</c>: strips leading and trailing runes found in the cutset.</summary>
    public static string Trim(string s, string cutset)
    {
        if (s.Length == 0 || cutset.Length == 0) return s;
        var set = cutset.EnumerateRunes().Select(r => r.Value).ToHashSet();
        var runes = s.EnumerateRunes().ToList();
        var start = 0;
        var end = runes.Count;
        while (start < end && set.Contains(runes[start].Value)) start++;
        while (end > start && set.Contains(runes[end - 1].Value)) end--;
        var sb = new StringBuilder();
        for (var i = start; i < end; i++) sb.Append(runes[i].ToString());
        return sb.ToString();
    }

    /// <summary>Go's <c>strings.SplitN</c> (n &lt; 0: all parts); an empty separator splits into runes.</summary>
    public static List<string> SplitN(string s, string separator, int n)
    {
        var parts = new List<string>();
        if (n == 0) return parts;
        if (separator.Length == 0)
        {
            var runes = s.EnumerateRunes().Select(r => r.ToString()).ToList();
            if (n < 0 || n > runes.Count) return runes;
            parts.AddRange(runes.Take(n - 1));
            parts.Add(string.Concat(runes.Skip(n - 1)));
            return parts;
        }
        var start = 0;
        while (n < 0 || parts.Count < n - 1)
        {
            var index = s.IndexOf(separator, start, StringComparison.Ordinal);
            if (index < 0) break;
            parts.Add(s[start..index]);
            start = index + separator.Length;
        }
        parts.Add(s[start..]);
        return parts;
    }

    /// <summary>Go's <c>strings.Title</c> (deprecated in Go, still what Sprig's <c>title</c> calls).</summary>
    public static string Title(string s)
    {
        var sb = new StringBuilder(s.Length);
        var previous = new Rune(' ');
        foreach (var r in s.EnumerateRunes())
        {
            sb.Append((IsSeparator(previous) ? ToTitle(r) : r).ToString());
            previous = r;
        }
        return sb.ToString();
    }

    private static bool IsSeparator(Rune r)
    {
        if (r.Value <= 0x7f)
        {
            return !(r.Value is >= '0' and <= '9' or >= 'a' and <= 'z' or >= 'A' and <= 'Z' or '_');
        }
        if (Rune.IsLetter(r) || IsDigit(r)) return false;
        return IsSpace(r.Value);
    }
}
