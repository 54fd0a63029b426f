using System.Collections;
using System.Globalization;
using System.Text;
using GoTemplates.Runtime;

namespace GoTemplates.Sprig.Support;

/// <summary>
/// Go's <c>encoding/json</c> as Sprig uses it: Marshal (sorted map keys, HTML escaping, Go's float
/// format), MarshalIndent, and Unmarshal into interface{} with the scanner's error messages.
/// Matches Go 1.19, the reference oracle's Go (which writes \b and \f as \u0008 and \u000c).
/// </summary>
internal static class GoJson
{
    public static string Marshal(object? value, bool escapeHtml = true, string? indent = null)
    {
        var sb = new StringBuilder();
        Write(sb, value, escapeHtml, indent, 0);
        return sb.ToString();
    }

    private static void Write(StringBuilder sb, object? value, bool escapeHtml, string? indent, int depth)
    {
        switch (value)
        {
            case null:
                sb.Append("null");
                return;
            case bool b:
                sb.Append(b ? "true" : "false");
                return;
            case string s:
                WriteString(sb, s, escapeHtml);
                return;
            case double d:
                WriteFloat(sb, d, 64);
                return;
            case float f:
                WriteFloat(sb, f, 32);
                return;
            case nint or long or int or short or sbyte or nuint or ulong or uint or ushort or byte:
                sb.Append(Convert.ToString(value, CultureInfo.InvariantCulture));
                return;
            case byte[] bytes:
                sb.Append('"').Append(Convert.ToBase64String(bytes)).Append('"');
                return;
            case IGoJsonMarshaler marshaler:
                var raw = marshaler.MarshalJson();
                if (indent is null) sb.Append(raw);
                else Write(sb, Unmarshal(raw), escapeHtml, indent, depth);
                return;
            case IDictionary map:
            {
                var keys = map.Keys.Cast<object>().Select(k => (string)k).OrderBy(k => k, GoStringComparer.Instance).ToList();
                WriteComposite(sb, '{', '}', keys.Count, indent, depth, i =>
                {
                    WriteString(sb, keys[i], escapeHtml);
                    sb.Append(indent is null ? ":" : ": ");
                    Write(sb, map[keys[i]], escapeHtml, indent, depth + 1);
                });
                return;
            }
            case IList list:
                WriteComposite(sb, '[', ']', list.Count, indent, depth, i => Write(sb, list[i], escapeHtml, indent, depth + 1));
                return;
            case IGoStruct structure:
            {
                var fields = structure.Fields;
                WriteComposite(sb, '{', '}', fields.Count, indent, depth, i =>
                {
                    WriteString(sb, fields[i].Key, escapeHtml);
                    sb.Append(indent is null ? ":" : ": ");
                    Write(sb, fields[i].Value, escapeHtml, indent, depth + 1);
                });
                return;
            }
            default:
                throw new GoFunctionException($"json: unsupported type: {GoValues.TypeName(value)}");
        }
    }

    private static void WriteComposite(StringBuilder sb, char open, char close, int count, string? indent, int depth, Action<int> writeItem)
    {
        sb.Append(open);
        if (count == 0)
        {
            sb.Append(close);
            return;
        }
        for (var i = 0; i < count; i++)
        {
            if (i > 0) sb.Append(',');
            if (indent is not null) NewLine(sb, indent, depth + 1);
            writeItem(i);
        }
        if (indent is not null) NewLine(sb, indent, depth);
        sb.Append(close);
    }

    private static void NewLine(StringBuilder sb, string indent, int depth)
    {
        sb.Append('\n');
        for (var i = 0; i < depth; i++) sb.Append(indent);
    }

    private static void WriteFloat(StringBuilder sb, double d, int bits)
    {
        if (double.IsNaN(d) || double.IsInfinity(d))
            throw new GoFunctionException("json: unsupported value: " + GoFmt.FormatFloat(d, 'g', -1));
        var abs = Math.Abs(d);
        var format = 'f';
        if (abs != 0 && (bits == 64 && (abs < 1e-6 || abs >= 1e21) || bits == 32 && ((float)abs < 1e-6f || (float)abs >= 1e21f))) format = 'e';
        var text = GoFmt.FormatFloat(d, format, -1, bits);
        if (format == 'e')
        {
            var n = text.Length;
            if (n >= 4 && text[n - 4] == 'e' && text[n - 3] == '-' && text[n - 2] == '0') text = text[..(n - 2)] + text[n - 1];
        }
        sb.Append(text);
    }

    private static void WriteString(StringBuilder sb, string s, bool escapeHtml)
    {
        const string hex = "0123456789abcdef";
        sb.Append('"');
        foreach (var rune in s.EnumerateRunes())
        {
            var r = rune.Value;
            if (r < 0x80)
            {
                var c = (char)r;
                if (c >= 0x20 && c != '"' && c != '\\' && !(escapeHtml && c is '<' or '>' or '&'))
                {
                    sb.Append(c);
                    continue;
                }
                switch (c)
                {
                    case '\\' or '"': sb.Append('\\').Append(c); break;
                    case '\n': sb.Append("\\n"); break;
                    case '\r': sb.Append("\\r"); break;
                    case '\t': sb.Append("\\t"); break;
                    default: sb.Append("\\u00").Append(hex[c >> 4]).Append(hex[c & 0xF]); break;
                }
                continue;
            }
            if (r is 0x2028 or 0x2029)
            {
                sb.Append("\\u202").Append(hex[r & 0xF]);
                continue;
            }
            sb.Append(rune.ToString());
        }
        sb.Append('"');
    }

    /// <summary><c>json.Unmarshal</c> into an <c>interface{}</c>; throws <see cref="GoFunctionException"/> with Go's message.</summary>
    public static object? Unmarshal(string text) => new Reader(text).ReadDocument();

    private sealed class Reader(string text)
    {
        private int position;

        public object? ReadDocument()
        {
            var value = ReadValue("looking for beginning of value");
            SkipSpace();
            if (position < text.Length) throw Invalid("after top-level value");
            return value;
        }

        private object? ReadValue(string context)
        {
            SkipSpace();
            if (position >= text.Length) throw EndOfInput();
            var c = text[position];
            switch (c)
            {
                case '{': return ReadObject();
                case '[': return ReadArray();
                case '"': return ReadString();
                case 't': ReadLiteral("true"); return true;
                case 'f': ReadLiteral("false"); return false;
                case 'n': ReadLiteral("null"); return null;
                default:
                    if (c == '-' || c is >= '0' and <= '9') return ReadNumber();
                    throw Invalid(context);
            }
        }

        private Dictionary<string, object?> ReadObject()
        {
            var result = new Dictionary<string, object?>(StringComparer.Ordinal);
            position++;
            SkipSpace();
            if (position >= text.Length) throw EndOfInput();
            if (text[position] == '}')
            {
                position++;
                return result;
            }
            while (true)
            {
                SkipSpace();
                if (position >= text.Length) throw EndOfInput();
                if (text[position] != '"') throw Invalid("looking for beginning of object key string");
                var key = ReadString();
                SkipSpace();
                if (position >= text.Length) throw EndOfInput();
                if (text[position] != ':') throw Invalid("after object key");
                position++;
                result[key] = ReadValue("looking for beginning of value");
                SkipSpace();
                if (position >= text.Length) throw EndOfInput();
                if (text[position] == ',')
                {
                    position++;
                    continue;
                }
                if (text[position] == '}')
                {
                    position++;
                    return result;
                }
                throw Invalid("after object key:value pair");
            }
        }

        private List<object?> ReadArray()
        {
            var result = new List<object?>();
            position++;
            SkipSpace();
            if (position >= text.Length) throw EndOfInput();
            if (text[position] == ']')
            {
                position++;
                return result;
            }
            while (true)
            {
                result.Add(ReadValue("looking for beginning of value"));
                SkipSpace();
                if (position >= text.Length) throw EndOfInput();
                if (text[position] == ',')
                {
                    position++;
                    continue;
                }
                if (text[position] == ']')
                {
                    position++;
                    return result;
                }
                throw Invalid("after array element");
            }
        }

        private string ReadString()
        {
            var sb = new StringBuilder();
            position++;
            while (true)
            {
                if (position >= text.Length) throw EndOfInput();
                var c = text[position];
                if (c == '"')
                {
                    position++;
                    return sb.ToString();
                }
                if (c < 0x20) throw Invalid("in string literal");
                if (c != '\\')
                {
                    sb.Append(c);
                    position++;
                    continue;
                }
                position++;
                if (position >= text.Length) throw SpaceAtEnd("in string escape code");
                var e = text[position];
                switch (e)
                {
                    case '"' or '\\' or '/': sb.Append(e); position++; break;
                    case 'b': sb.Append('\b'); position++; break;
                    case 'f': sb.Append('\f'); position++; break;
                    case 'n': sb.Append('\n'); position++; break;
                    case 'r': sb.Append('\r'); position++; break;
                    case 't': sb.Append('\t'); position++; break;
                    case 'u':
                        position++;
                        var unit = ReadHex4();
                        if (char.IsHighSurrogate(unit) && position + 1 < text.Length && text[position] == '\\' && text[position + 1] == 'u')
                        {
                            var save = position;
                            position += 2;
                            var low = ReadHex4();
                            if (char.IsLowSurrogate(low))
                            {
                                sb.Append(unit).Append(low);
                                break;
                            }
                            position = save;
                        }
                        sb.Append(char.IsSurrogate(unit) ? '\uFFFD' : unit);
                        break;
                    default:
                        throw Invalid("in string escape code");
                }
            }
        }

        private char ReadHex4()
        {
            var value = 0;
            for (var i = 0; i < 4; i++)
            {
                if (position >= text.Length) throw SpaceAtEnd("in \\u hexadecimal character escape");
                var c = text[position];
                var digit = c is >= '0' and <= '9' ? c - '0' : char.ToLowerInvariant(c) is >= 'a' and <= 'f' ? char.ToLowerInvariant(c) - 'a' + 10 : -1;
                if (digit < 0) throw Invalid("in \\u hexadecimal character escape");
                value = value * 16 + digit;
                position++;
            }
            return (char)value;
        }

        private void ReadLiteral(string literal)
        {
            position++;
            for (var i = 1; i < literal.Length; i++)
            {
                if (position >= text.Length) throw SpaceAtEnd($"in literal {literal} (expecting {QuoteChar(literal[i])})");
                if (text[position] != literal[i]) throw Invalid($"in literal {literal} (expecting {QuoteChar(literal[i])})");
                position++;
            }
        }

        private double ReadNumber()
        {
            var start = position;
            if (text[position] == '-')
            {
                position++;
                if (position >= text.Length) throw SpaceAtEnd("in numeric literal");
                if (text[position] is not (>= '0' and <= '9')) throw Invalid("in numeric literal");
            }
            if (text[position] == '0') position++;
            else while (position < text.Length && text[position] is >= '0' and <= '9') position++;
            if (position < text.Length && text[position] == '.')
            {
                position++;
                if (position >= text.Length) throw SpaceAtEnd("after decimal point in numeric literal");
                if (text[position] is not (>= '0' and <= '9')) throw Invalid("after decimal point in numeric literal");
                while (position < text.Length && text[position] is >= '0' and <= '9') position++;
            }
            if (position < text.Length && text[position] is 'e' or 'E')
            {
                position++;
                if (position < text.Length && text[position] is '+' or '-') position++;
                if (position >= text.Length) throw SpaceAtEnd("in exponent of numeric literal");
                if (text[position] is not (>= '0' and <= '9')) throw Invalid("in exponent of numeric literal");
                while (position < text.Length && text[position] is >= '0' and <= '9') position++;
            }
            var literal = text[start..position];
            var value = double.Parse(literal, NumberStyles.Float, CultureInfo.InvariantCulture);
            if (double.IsInfinity(value)) throw new GoFunctionException($"json: cannot unmarshal number {literal} into Go value of type float64");
            return value;
        }

        private void SkipSpace()
        {
            while (position < text.Length && text[position] is ' ' or '\t' or '\r' or '\n') position++;
        }

        private static GoFunctionException EndOfInput() => new("unexpected end of JSON input");

        /// <summary>At end of input Go's scanner steps a space: inside a literal, number or escape that is an invalid character.</summary>
        private static GoFunctionException SpaceAtEnd(string context) => new($"invalid character ' ' {context}");

        private GoFunctionException Invalid(string context) => new($"invalid character {QuoteChar(text[position])} {context}");

        private static string QuoteChar(char c)
        {
            if (c == '\'') return "'\\''";
            if (c == '"') return "'\"'";
            var quoted = GoFmt.Quote(c.ToString());
            return "'" + quoted[1..^1] + "'";
        }
    }
}

/// <summary>A Go value with its own <c>MarshalJSON</c> (time.Time, *semver.Version).</summary>
internal interface IGoJsonMarshaler
{
    string MarshalJson();
}
