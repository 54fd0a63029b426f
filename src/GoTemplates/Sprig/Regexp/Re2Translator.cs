using System.Globalization;
using System.Text;
using GoTemplates.Runtime;

namespace GoTemplates.Sprig.Regexp;

/// <summary>
/// Translates Go RE2 syntax into an equivalent .NET pattern, rejecting what RE2 rejects with Go's
/// <c>error parsing regexp: CODE: `EXPR`</c> messages (backreferences, lookaround, atomic groups,
/// nested repetition, bad ranges and repeat counts). Go's ASCII-only \d \w \s and its end-of-text
/// <c>$</c> are spelled out, so the .NET engine matches what RE2 matches.
/// </summary>
internal sealed class Re2Translator
{
    private readonly string pattern;
    private readonly StringBuilder output = new();
    private int position;
    private bool multiLine;
    private bool ungreedy;

    private Re2Translator(string pattern) => this.pattern = pattern;

    public static string Translate(string pattern)
    {
        var translator = new Re2Translator(pattern);
        translator.ParseAlternation(0);
        if (translator.position < pattern.Length)
            throw Error("unexpected )", pattern);
        return translator.output.ToString();
    }

    private static GoFunctionException Error(string code, string expression) => new($"error parsing regexp: {code}: `{expression}`");

    private void ParseAlternation(int depth)
    {
        if (depth > 1000) throw Error("expression nests too deeply", pattern);
        var atomStart = -1;
        var lastWasRepeat = false;
        var lastRepeatStart = 0;
        while (position < pattern.Length)
        {
            var c = pattern[position];
            switch (c)
            {
                case '|':
                    output.Append('|');
                    position++;
                    atomStart = -1;
                    lastWasRepeat = false;
                    continue;
                case ')':
                    return;
                case '*' or '+' or '?':
                {
                    var opStart = position;
                    position++;
                    var lazy = position < pattern.Length && pattern[position] == '?';
                    if (lazy) position++;
                    if (atomStart < 0) throw Error("missing argument to repetition operator", pattern[opStart..position]);
                    if (lastWasRepeat) throw Error("invalid nested repetition operator", pattern[lastRepeatStart..position]);
                    output.Append(c);
                    if (lazy != ungreedy) output.Append('?');
                    lastWasRepeat = true;
                    lastRepeatStart = opStart;
                    continue;
                }
                case '{':
                {
                    var opStart = position;
                    if (TryParseRepeat(out var min, out var max))
                    {
                        var lazy = position < pattern.Length && pattern[position] == '?';
                        if (lazy) position++;
                        if (atomStart < 0) throw Error("missing argument to repetition operator", pattern[opStart..position]);
                        if (lastWasRepeat) throw Error("invalid nested repetition operator", pattern[lastRepeatStart..position]);
                        if (min > 1000 || max > 1000 || max >= 0 && min > max) throw Error("invalid repeat count", pattern[opStart..(position - (lazy ? 1 : 0))]);
                        output.Append('{').Append(min.ToString(CultureInfo.InvariantCulture));
                        if (max != min) output.Append(',').Append(max >= 0 ? max.ToString(CultureInfo.InvariantCulture) : "");
                        output.Append('}');
                        if (lazy != ungreedy) output.Append('?');
                        lastWasRepeat = true;
                        lastRepeatStart = opStart;
                        continue;
                    }
                    position++;
                    atomStart = output.Length;
                    output.Append("\\{");
                    lastWasRepeat = false;
                    continue;
                }
            }
            atomStart = output.Length;
            lastWasRepeat = false;
            ParseAtom(depth);
        }
    }

    private bool TryParseRepeat(out int min, out int max)
    {
        min = max = -1;
        var i = position + 1;
        var start = i;
        while (i < pattern.Length && char.IsAsciiDigit(pattern[i])) i++;
        if (i == start || i >= pattern.Length) return false;
        min = ParseCount(pattern[start..i]);
        if (pattern[i] == '}')
        {
            max = min;
            position = i + 1;
            return true;
        }
        if (pattern[i] != ',') return false;
        i++;
        var maxStart = i;
        while (i < pattern.Length && char.IsAsciiDigit(pattern[i])) i++;
        if (i >= pattern.Length || pattern[i] != '}') return false;
        max = i == maxStart ? -1 : ParseCount(pattern[maxStart..i]);
        position = i + 1;
        return true;
    }

    private static int ParseCount(string digits) => digits.Length > 8 ? int.MaxValue : int.Parse(digits, CultureInfo.InvariantCulture);

    private void ParseAtom(int depth)
    {
        var c = pattern[position];
        switch (c)
        {
            case '(':
                ParseGroup(depth);
                return;
            case '[':
                ParseClass();
                return;
            case '\\':
                ParseEscape(inClass: false);
                return;
            case '.':
                output.Append('.');
                position++;
                return;
            case '^':
                output.Append(multiLine ? "(?m:^)" : "\\A");
                position++;
                return;
            case '$':
                output.Append(multiLine ? "(?m:$)" : "\\z");
                position++;
                return;
            default:
                AppendLiteral(ReadRune());
                return;
        }
    }

    private int ReadRune()
    {
        var rune = char.ConvertToUtf32(pattern, position);
        position += char.IsSurrogatePair(pattern, position) ? 2 : 1;
        return rune;
    }

    private void AppendLiteral(int rune)
    {
        var text = char.ConvertFromUtf32(rune);
        output.Append(rune < 0x80 ? System.Text.RegularExpressions.Regex.Escape(text).Replace("]", "\\]").Replace("}", "\\}") : text);
    }

    private void ParseGroup(int depth)
    {
        var start = position;
        position++;
        var savedMulti = multiLine;
        var savedUngreedy = ungreedy;
        if (position < pattern.Length && pattern[position] == '?')
        {
            var rest = pattern[position..];
            if (rest.StartsWith("?P<", StringComparison.Ordinal) || rest.StartsWith("?<", StringComparison.Ordinal) && !rest.StartsWith("?<=", StringComparison.Ordinal) && !rest.StartsWith("?<!", StringComparison.Ordinal))
            {
                var nameStart = position + (rest[1] == 'P' ? 3 : 2);
                var end = pattern.IndexOf('>', nameStart);
                if (end < 0) throw Error("invalid named capture", pattern[start..]);
                var name = pattern[nameStart..end];
                if (name.Length == 0 || !name.All(ch => ch == '_' || char.IsAsciiLetterOrDigit(ch)))
                    throw Error("invalid named capture", pattern[start..(end + 1)]);
                output.Append("(?<").Append(name).Append('>');
                position = end + 1;
            }
            else
            {
                // Flags: (?flags) or (?flags:re)
                var i = position + 1;
                var negate = false;
                var flags = new StringBuilder();
                while (i < pattern.Length && pattern[i] is not (')' or ':'))
                {
                    var f = pattern[i];
                    if (f == '-' && !negate) negate = true;
                    else if (f is 'i' or 'm' or 's' or 'U') flags.Append(negate ? "-" : "").Append(f);
                    else throw Error("invalid or unsupported Perl syntax", pattern[start..(i + 1)]);
                    i++;
                }
                if (i >= pattern.Length) throw Error("missing closing )", pattern);
                var text = pattern[(position + 1)..i];
                if (text.Length == 0 || text.EndsWith('-')) throw Error("missing argument to repetition operator", pattern[start..(i + 1)]);
                var enable = !text.Contains('-') ? text : text[..text.IndexOf('-')];
                var disable = text.Contains('-') ? text[(text.IndexOf('-') + 1)..] : "";
                if (enable.Contains('m')) multiLine = true;
                if (disable.Contains('m')) multiLine = false;
                if (enable.Contains('U')) ungreedy = true;
                if (disable.Contains('U')) ungreedy = false;
                var netOn = new string(enable.Where(ch => ch is 'i' or 's').ToArray());
                var netOff = new string(disable.Where(ch => ch is 'i' or 's').ToArray());
                var netFlags = netOn + (netOff.Length > 0 ? "-" + netOff : "");
                if (pattern[i] == ')')
                {
                    // Flags apply to the rest of the enclosing group.
                    if (netFlags.Length > 0) output.Append("(?").Append(netFlags).Append(')');
                    position = i + 1;
                    return;
                }
                output.Append(netFlags.Length > 0 ? "(?" + netFlags + ":" : "(?:");
                position = i + 1;
                ParseAlternation(depth + 1);
                if (position >= pattern.Length) throw Error("missing closing )", pattern);
                output.Append(')');
                position++;
                multiLine = savedMulti;
                ungreedy = savedUngreedy;
                return;
            }
        }
        else
        {
            output.Append('(');
        }
        ParseAlternation(depth + 1);
        if (position >= pattern.Length) throw Error("missing closing )", pattern);
        output.Append(')');
        position++;
        multiLine = savedMulti;
        ungreedy = savedUngreedy;
    }

    private void ParseEscape(bool inClass)
    {
        var start = position;
        position++;
        if (position >= pattern.Length) throw Error("trailing backslash at end of expression", "");
        var c = pattern[position];
        position++;
        switch (c)
        {
            case 'd': output.Append(inClass ? "0-9" : "[0-9]"); return;
            case 'D': output.Append(inClass ? "\\x00-/:-\\uFFFF" : "[^0-9]"); return;
            case 's': output.Append(inClass ? "\\t\\n\\f\\r " : "[\\t\\n\\f\\r ]"); return;
            case 'S': output.Append(inClass ? "\\x00-\\x08\\x0B\\x0E-\\x1F!-\\uFFFF" : "[^\\t\\n\\f\\r ]"); return;
            case 'w': output.Append(inClass ? "0-9A-Za-z_" : "[0-9A-Za-z_]"); return;
            case 'W': output.Append(inClass ? "\\x00-/:-@\\[-^`{-\\uFFFF" : "[^0-9A-Za-z_]"); return;
            case 'b' when !inClass: output.Append("\\b"); return;
            case 'B' when !inClass: output.Append("\\B"); return;
            case 'A' when !inClass: output.Append("\\A"); return;
            case 'z' when !inClass: output.Append("\\z"); return;
            case 'a': output.Append("\\a"); return;
            case 'f': output.Append("\\f"); return;
            case 'n': output.Append("\\n"); return;
            case 'r': output.Append("\\r"); return;
            case 't': output.Append("\\t"); return;
            case 'v': output.Append("\\v"); return;
            case 'Q' when !inClass:
            {
                var end = pattern.IndexOf("\\E", position, StringComparison.Ordinal);
                var literal = end < 0 ? pattern[position..] : pattern[position..end];
                position = end < 0 ? pattern.Length : end + 2;
                foreach (var rune in literal.EnumerateRunes()) AppendLiteral(rune.Value);
                return;
            }
            case 'x':
            {
                int value;
                if (position < pattern.Length && pattern[position] == '{')
                {
                    var end = pattern.IndexOf('}', position);
                    if (end < 0 || !int.TryParse(pattern[(position + 1)..end], NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out value) || value > 0x10FFFF)
                        throw Error("invalid escape sequence", pattern[start..Math.Min(pattern.Length, end < 0 ? pattern.Length : end + 1)]);
                    position = end + 1;
                }
                else
                {
                    if (position + 2 > pattern.Length || !int.TryParse(pattern.AsSpan(position, 2), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out value))
                        throw Error("invalid escape sequence", pattern[start..Math.Min(pattern.Length, position + 2)]);
                    position += 2;
                }
                AppendCodePoint(value, inClass);
                return;
            }
            case 'p' or 'P':
            {
                string name;
                if (position < pattern.Length && pattern[position] == '{')
                {
                    var end = pattern.IndexOf('}', position);
                    if (end < 0) throw Error("invalid character class range", pattern[start..]);
                    name = pattern[(position + 1)..end];
                    position = end + 1;
                }
                else
                {
                    if (position >= pattern.Length) throw Error("invalid character class range", pattern[start..]);
                    name = pattern[position].ToString();
                    position++;
                }
                var negated = c == 'P';
                if (name.StartsWith('^'))
                {
                    negated = !negated;
                    name = name[1..];
                }
                var netName = name switch
                {
                    "Any" => null,
                    _ when name.Length <= 2 && name.All(char.IsAsciiLetter) => name,
                    "Greek" or "Cyrillic" or "Arabic" or "Hebrew" or "Armenian" or "Thai" or "Hiragana" or "Katakana" => "Is" + name,
                    "Han" => "IsCJKUnifiedIdeographs",
                    "Latin" => null,
                    _ => throw Error("invalid character class range", pattern[start..position]),
                };
                if (netName is null)
                {
                    var any = name == "Any" ? "\\s\\S" : "A-Za-z\\u00AA\\u00BA\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u024F";
                    output.Append(inClass ? (negated ? throw Error("invalid character class range", pattern[start..position]) : any) : (negated ? "[^" : "[") + any + "]");
                    return;
                }
                output.Append(negated ? "\\P{" : "\\p{").Append(netName).Append('}');
                return;
            }
            case >= '0' and <= '7':
            {
                // RE2: \0 and multi-digit octal escapes; a lone \1-\7 would be a backreference.
                if (c != '0' && (position >= pattern.Length || pattern[position] is < '0' or > '7'))
                    throw Error("invalid escape sequence", pattern[start..position]);
                var value = c - '0';
                for (var k = 0; k < 2 && position < pattern.Length && pattern[position] is >= '0' and <= '7'; k++)
                {
                    value = value * 8 + (pattern[position] - '0');
                    position++;
                }
                AppendCodePoint(value, inClass);
                return;
            }
            default:
                if (c < 0x80 && !char.IsAsciiLetterOrDigit(c))
                {
                    output.Append('\\').Append(c);
                    return;
                }
                throw Error("invalid escape sequence", pattern[start..position]);
        }
    }

    private void AppendCodePoint(int value, bool inClass)
    {
        if (value <= 0xFFFF) output.Append("\\u").Append(value.ToString("X4", CultureInfo.InvariantCulture));
        else
        {
            var text = char.ConvertFromUtf32(value);
            output.Append(inClass ? text : "(?:" + text + ")");
        }
    }

    private static readonly Dictionary<string, string> PosixClasses = new(StringComparer.Ordinal)
    {
        ["alnum"] = "0-9A-Za-z", ["alpha"] = "A-Za-z", ["ascii"] = "\\x00-\\x7F", ["blank"] = "\\t ",
        ["cntrl"] = "\\x00-\\x1F\\x7F", ["digit"] = "0-9", ["graph"] = "!-~", ["lower"] = "a-z",
        ["print"] = " -~", ["punct"] = "!-/:-@\\[-`{-~", ["space"] = "\\t\\n\\v\\f\\r ", ["upper"] = "A-Z",
        ["word"] = "0-9A-Za-z_", ["xdigit"] = "0-9A-Fa-f",
    };

    private void ParseClass()
    {
        var start = position;
        position++;
        output.Append('[');
        if (position < pattern.Length && pattern[position] == '^')
        {
            output.Append('^');
            position++;
        }
        var first = true;
        while (true)
        {
            if (position >= pattern.Length) throw Error("missing closing ]", pattern[start..]);
            var c = pattern[position];
            if (c == ']' && !first) break;
            first = false;
            if (c == '[' && position + 1 < pattern.Length && pattern[position + 1] == ':')
            {
                var end = pattern.IndexOf(":]", position + 2, StringComparison.Ordinal);
                if (end >= 0)
                {
                    var name = pattern[(position + 2)..end];
                    var negated = name.StartsWith('^');
                    if (negated) name = name[1..];
                    if (!PosixClasses.TryGetValue(name, out var ranges)) throw Error("invalid character class range", pattern[position..(end + 2)]);
                    if (negated) throw Error("invalid character class range", pattern[position..(end + 2)]);
                    output.Append(ranges);
                    position = end + 2;
                    continue;
                }
            }
            var loStart = position;
            int? lo = ReadClassChar();
            if (lo is null) continue;
            if (position + 1 < pattern.Length && pattern[position] == '-' && pattern[position + 1] != ']')
            {
                position++;
                var hi = ReadClassChar() ?? throw Error("invalid character class range", pattern[loStart..position]);
                if (hi < lo) throw Error("invalid character class range", pattern[loStart..position]);
                AppendClassChar(lo.Value);
                output.Append('-');
                AppendClassChar(hi);
                continue;
            }
            AppendClassChar(lo.Value);
        }
        output.Append(']');
        position++;
    }

    /// <summary>Reads one class member; a class escape (\d, \pL ...) is written directly and gives null.</summary>
    private int? ReadClassChar()
    {
        if (pattern[position] != '\\') return ReadRune();
        if (position + 1 < pattern.Length)
        {
            var e = pattern[position + 1];
            if (e is 'd' or 'D' or 's' or 'S' or 'w' or 'W' or 'p' or 'P')
            {
                ParseEscape(inClass: true);
                return null;
            }
            if (e < 0x80 && !char.IsAsciiLetterOrDigit(e))
            {
                position += 2;
                return e;
            }
            var simple = e switch { 'a' => 7, 'f' => 12, 'n' => 10, 'r' => 13, 't' => 9, 'v' => 11, _ => -1 };
            if (simple >= 0)
            {
                position += 2;
                return simple;
            }
        }
        var mark = output.Length;
        ParseEscape(inClass: true);
        var written = output.ToString(mark, output.Length - mark);
        output.Length = mark;
        if (written.StartsWith("\\u", StringComparison.Ordinal)) return int.Parse(written[2..], NumberStyles.HexNumber, CultureInfo.InvariantCulture);
        return char.ConvertToUtf32(written, 0);
    }

    private void AppendClassChar(int rune)
    {
        if (rune < 0x80 && !char.IsAsciiLetterOrDigit((char)rune)) output.Append('\\').Append((char)rune);
        else if (rune <= 0xFFFF) output.Append((char)rune);
        else output.Append(char.ConvertFromUtf32(rune));
    }
}
