using System.Globalization;
using System.Text;

namespace GitOpsLint.Rendering.Helm.Engine;

/// <summary>
/// Helm's <c>fromToml</c>: a TOML 1.0 document decoded into template values (tables as maps, integers as int64,
/// floats as float64, arrays as lists). Dates and times are kept as their text. On failure Helm returns a map
/// holding the error under "Error"; messages are <c>toml: line N: ...</c> (BurntSushi adds the last key).
/// </summary>
internal sealed class TomlReader
{
    private readonly string _text;
    private readonly Dictionary<string, object?> _root = new(StringComparer.Ordinal);
    private readonly HashSet<object> _inlineOrClosed = new(ReferenceEqualityComparer.Instance);
    private readonly HashSet<object> _explicitTables = new(ReferenceEqualityComparer.Instance);
    private List<string> _table = [];
    private string _lastKey = "";
    private int _pos;
    private int _line = 1;

    private TomlReader(string text) => _text = text;

    internal static Dictionary<string, object?> DecodeForTemplate(string text)
    {
        try
        {
            return Decode(text);
        }
        catch (FormatException e)
        {
            return new Dictionary<string, object?>(StringComparer.Ordinal) { ["Error"] = e.Message };
        }
    }

    /// <summary>Decodes the document; throws <see cref="FormatException"/> with a positioned message.</summary>
    internal static Dictionary<string, object?> Decode(string text)
    {
        var reader = new TomlReader(text);
        reader.ParseDocument();
        return reader._root;
    }

    private void ParseDocument()
    {
        var current = _root;
        while (true)
        {
            SkipWhitespaceCommentsAndNewlines();
            if (_pos >= _text.Length)
            {
                return;
            }

            if (Peek() == '[')
            {
                current = ParseTableHeader();
            }
            else
            {
                ParseKeyValue(current);
            }

            ExpectLineEnd();
        }
    }

    private Dictionary<string, object?> ParseTableHeader()
    {
        _pos++;
        var isArray = Peek() == '[';
        if (isArray)
        {
            _pos++;
        }

        SkipSpaces();
        var key = ParseKey();
        _table = key;
        _lastKey = string.Join('.', key);
        SkipSpaces();
        Expect(']');
        if (isArray)
        {
            Expect(']');
        }

        var table = _root;
        for (var i = 0; i < key.Count - 1; i++)
        {
            table = Descend(table, key[i], headerPath: true);
        }

        var last = key[^1];
        if (isArray)
        {
            if (!table.TryGetValue(last, out var existing))
            {
                existing = new List<object?>();
                table[last] = existing;
            }

            if (existing is not List<object?> array || _inlineOrClosed.Contains(array))
            {
                throw Error($"key \"{last}\" is not an array of tables");
            }

            var element = new Dictionary<string, object?>(StringComparer.Ordinal);
            array.Add(element);
            return element;
        }

        if (table.TryGetValue(last, out var found))
        {
            if (found is not Dictionary<string, object?> existingTable || _inlineOrClosed.Contains(existingTable) || !_explicitTables.Add(existingTable))
            {
                throw Error($"key \"{last}\" has already been defined");
            }

            return existingTable;
        }

        var created = new Dictionary<string, object?>(StringComparer.Ordinal);
        _explicitTables.Add(created);
        table[last] = created;
        return created;
    }

    private Dictionary<string, object?> Descend(Dictionary<string, object?> table, string name, bool headerPath)
    {
        if (!table.TryGetValue(name, out var value))
        {
            var created = new Dictionary<string, object?>(StringComparer.Ordinal);
            table[name] = created;
            return created;
        }

        switch (value)
        {
            case Dictionary<string, object?> sub when !_inlineOrClosed.Contains(sub):
                return sub;
            case List<object?> array when headerPath && !_inlineOrClosed.Contains(array) && array.Count > 0 && array[^1] is Dictionary<string, object?> last:
                return last;
            default:
                throw Error($"key \"{name}\" has already been defined");
        }
    }

    private void ParseKeyValue(Dictionary<string, object?> table)
    {
        var key = ParseKey();
        _lastKey = string.Join('.', _table.Concat(key));
        SkipSpaces();
        Expect('=');
        SkipSpaces();
        var value = ParseValue();
        for (var i = 0; i < key.Count - 1; i++)
        {
            table = Descend(table, key[i], headerPath: false);
        }

        if (!table.TryAdd(key[^1], value))
        {
            throw Error($"key \"{key[^1]}\" has already been defined");
        }
    }

    private List<string> ParseKey()
    {
        var parts = new List<string>();
        while (true)
        {
            SkipSpaces();
            var c = Peek();
            if (c == '"')
            {
                parts.Add(ParseBasicString());
            }
            else if (c == '\'')
            {
                parts.Add(ParseLiteralString());
            }
            else
            {
                var start = _pos;
                while (_pos < _text.Length && (char.IsAsciiLetterOrDigit(_text[_pos]) || _text[_pos] is '_' or '-'))
                {
                    _pos++;
                }

                if (start == _pos)
                {
                    throw Error(_pos >= _text.Length ? "unexpected end of input, expected a key" : $"unexpected character '{_text[_pos]}', expected a key");
                }

                parts.Add(_text[start.._pos]);
            }

            SkipSpaces();
            if (Peek() != '.')
            {
                return parts;
            }

            _pos++;
        }
    }

    private object? ParseValue()
    {
        var c = Peek();
        switch (c)
        {
            case '"':
                return _text.AsSpan(_pos).StartsWith("\"\"\"") ? ParseMultilineBasicString() : ParseBasicString();
            case '\'':
                return _text.AsSpan(_pos).StartsWith("'''") ? ParseMultilineLiteralString() : ParseLiteralString();
            case '[':
                return ParseArray();
            case '{':
                return ParseInlineTable();
            case 't' when _text.AsSpan(_pos).StartsWith("true"):
                _pos += 4;
                return true;
            case 'f' when _text.AsSpan(_pos).StartsWith("false"):
                _pos += 5;
                return false;
            default:
                return ParseNumberOrDate();
        }
    }

    private List<object?> ParseArray()
    {
        _pos++;
        var array = new List<object?>();
        while (true)
        {
            SkipWhitespaceCommentsAndNewlines();
            if (Peek() == ']')
            {
                _pos++;
                _inlineOrClosed.Add(array);
                return array;
            }

            array.Add(ParseValue());
            SkipWhitespaceCommentsAndNewlines();
            if (Peek() == ',')
            {
                _pos++;
                continue;
            }

            SkipWhitespaceCommentsAndNewlines();
            Expect(']');
            _inlineOrClosed.Add(array);
            return array;
        }
    }

    private Dictionary<string, object?> ParseInlineTable()
    {
        _pos++;
        var table = new Dictionary<string, object?>(StringComparer.Ordinal);
        SkipSpaces();
        if (Peek() == '}')
        {
            _pos++;
            _inlineOrClosed.Add(table);
            return table;
        }

        while (true)
        {
            SkipSpaces();
            ParseKeyValue(table);
            SkipSpaces();
            var c = Peek();
            _pos++;
            if (c == '}')
            {
                _inlineOrClosed.Add(table);
                return table;
            }

            if (c != ',')
            {
                _pos--;
                throw Error(_pos >= _text.Length ? "unexpected end of input in inline table" : $"unexpected character '{c}' in inline table");
            }
        }
    }

    private object ParseNumberOrDate()
    {
        var start = _pos;
        while (_pos < _text.Length && (char.IsAsciiLetterOrDigit(_text[_pos]) || _text[_pos] is '_' or '-' or '+' or '.' or ':'
                                       || (_text[_pos] == ' ' && LooksLikeDateTimeSpace(start))))
        {
            _pos++;
        }

        var token = _text[start.._pos];
        if (token.Length == 0)
        {
            throw Error(_pos >= _text.Length ? "unexpected end of input, expected a value" : $"expected value but found '{_text[_pos]}' instead");
        }

        if (IsDateTime(token))
        {
            return token;
        }

        var unsigned = token.TrimStart('+', '-');
        var negative = token.StartsWith('-');
        switch (unsigned)
        {
            case "inf":
                return negative ? double.NegativeInfinity : double.PositiveInfinity;
            case "nan":
                return double.NaN;
        }

        if (token.Contains("__", StringComparison.Ordinal) || token.StartsWith('_') || token.EndsWith('_'))
        {
            throw Error($"invalid number: \"{token}\"");
        }

        var digits = token.Replace("_", "", StringComparison.Ordinal);
        if (digits.Length > 2 && digits[0] == '0' && digits[1] is 'x' or 'o' or 'b')
        {
            var radix = digits[1] switch { 'x' => 16, 'o' => 8, _ => 2 };
            try
            {
                return Convert.ToInt64(digits[2..], radix);
            }
            catch (Exception e) when (e is FormatException or OverflowException or ArgumentException)
            {
                throw Error($"invalid integer: \"{token}\"");
            }
        }

        var body = digits.TrimStart('+', '-');
        if (body.Length > 1 && body[0] == '0' && char.IsAsciiDigit(body[1]))
        {
            throw Error($"invalid number: \"{token}\"");
        }

        if (digits.IndexOfAny(['.', 'e', 'E']) < 0)
        {
            return long.TryParse(digits, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var integer)
                ? integer
                : throw Error($"invalid integer: \"{token}\"");
        }

        return body.Length > 0 && char.IsAsciiDigit(body[0]) && char.IsAsciiDigit(body[^1])
               && double.TryParse(digits, NumberStyles.Float, CultureInfo.InvariantCulture, out var real)
            ? real
            : throw Error($"invalid float: \"{token}\"");
    }

    /// <summary>TOML allows a space instead of 'T' between a date and a time.</summary>
    private bool LooksLikeDateTimeSpace(int start) =>
        _pos - start == 10 && _pos + 1 < _text.Length && char.IsAsciiDigit(_text[_pos + 1]) && _text[start + 4] == '-';

    private static bool IsDateTime(string token) =>
        (token.Length >= 10 && char.IsAsciiDigit(token[0]) && token[4] == '-' && token[7] == '-')
        || (token.Length >= 8 && char.IsAsciiDigit(token[0]) && token[2] == ':' && token[5] == ':');

    private string ParseBasicString()
    {
        _pos++;
        var sb = new StringBuilder();
        while (true)
        {
            if (_pos >= _text.Length || _text[_pos] == '\n')
            {
                throw Error("unexpected end of string");
            }

            var c = _text[_pos++];
            if (c == '"')
            {
                return sb.ToString();
            }

            if (c == '\\')
            {
                AppendEscape(sb);
            }
            else
            {
                sb.Append(c);
            }
        }
    }

    private string ParseMultilineBasicString()
    {
        _pos += 3;
        SkipOneNewline();
        var sb = new StringBuilder();
        while (true)
        {
            if (_pos >= _text.Length)
            {
                throw Error("unexpected end of multi-line string");
            }

            if (_text.AsSpan(_pos).StartsWith("\"\"\""))
            {
                // Up to two quotes may end the content right before the closing delimiter.
                var extra = 0;
                while (extra < 2 && _pos + 3 + extra < _text.Length && _text[_pos + 3 + extra] == '"')
                {
                    extra++;
                }

                sb.Append('"', extra);
                _pos += 3 + extra;
                return sb.ToString();
            }

            var c = _text[_pos++];
            if (c == '\n')
            {
                _line++;
                sb.Append(c);
            }
            else if (c == '\\')
            {
                var after = _pos;
                while (after < _text.Length && _text[after] is ' ' or '\t' or '\r')
                {
                    after++;
                }

                if (after < _text.Length && _text[after] == '\n')
                {
                    // A line-ending backslash trims the newline and the whitespace that follows.
                    _pos = after;
                    while (_pos < _text.Length && _text[_pos] is ' ' or '\t' or '\r' or '\n')
                    {
                        if (_text[_pos] == '\n')
                        {
                            _line++;
                        }

                        _pos++;
                    }
                }
                else
                {
                    AppendEscape(sb);
                }
            }
            else
            {
                sb.Append(c);
            }
        }
    }

    private string ParseLiteralString()
    {
        _pos++;
        var end = _text.IndexOf('\'', _pos);
        var newline = _text.IndexOf('\n', _pos);
        if (end < 0 || (newline >= 0 && newline < end))
        {
            throw Error("unexpected end of string");
        }

        var value = _text[_pos..end];
        _pos = end + 1;
        return value;
    }

    private string ParseMultilineLiteralString()
    {
        _pos += 3;
        SkipOneNewline();
        var end = _text.IndexOf("'''", _pos, StringComparison.Ordinal);
        if (end < 0)
        {
            throw Error("unexpected end of multi-line string");
        }

        while (end + 3 < _text.Length && _text[end + 3] == '\'' && end + 3 - _pos >= 0)
        {
            end++;
        }

        var value = _text[_pos..end];
        _line += value.Count(c => c == '\n');
        _pos = end + 3;
        return value;
    }

    private void AppendEscape(StringBuilder sb)
    {
        if (_pos >= _text.Length)
        {
            throw Error("unexpected end of string");
        }

        var e = _text[_pos++];
        switch (e)
        {
            case 'b': sb.Append('\b'); break;
            case 't': sb.Append('\t'); break;
            case 'n': sb.Append('\n'); break;
            case 'f': sb.Append('\f'); break;
            case 'r': sb.Append('\r'); break;
            case 'e': sb.Append('\x1b'); break;
            case '"': sb.Append('"'); break;
            case '\\': sb.Append('\\'); break;
            case 'u' or 'U':
                var length = e == 'u' ? 4 : 8;
                if (_pos + length > _text.Length
                    || !int.TryParse(_text.AsSpan(_pos, length), NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var code)
                    || code > 0x10FFFF || code is >= 0xD800 and <= 0xDFFF)
                {
                    throw Error("invalid unicode escape");
                }

                sb.Append(char.ConvertFromUtf32(code));
                _pos += length;
                break;
            default:
                throw Error($"invalid escape character '{e}'");
        }
    }

    private void SkipOneNewline()
    {
        if (_text.AsSpan(_pos).StartsWith("\r\n"))
        {
            _pos += 2;
            _line++;
        }
        else if (Peek() == '\n')
        {
            _pos++;
            _line++;
        }
    }

    private void ExpectLineEnd()
    {
        SkipSpaces();
        if (Peek() == '#')
        {
            SkipComment();
        }

        if (_pos >= _text.Length)
        {
            return;
        }

        if (_text.AsSpan(_pos).StartsWith("\r\n") || Peek() == '\n')
        {
            return;
        }

        throw Error($"expected a top-level item to end with a newline, comment, or EOF, but got '{_text[_pos]}' instead");
    }

    private void SkipWhitespaceCommentsAndNewlines()
    {
        while (_pos < _text.Length)
        {
            var c = _text[_pos];
            if (c == '\n')
            {
                _line++;
                _pos++;
            }
            else if (c is ' ' or '\t' or '\r')
            {
                _pos++;
            }
            else if (c == '#')
            {
                SkipComment();
            }
            else
            {
                return;
            }
        }
    }

    private void SkipComment()
    {
        while (_pos < _text.Length && _text[_pos] != '\n')
        {
            _pos++;
        }
    }

    private void SkipSpaces()
    {
        while (_pos < _text.Length && _text[_pos] is ' ' or '\t')
        {
            _pos++;
        }
    }

    private char Peek() => _pos < _text.Length ? _text[_pos] : '\0';

    private void Expect(char c)
    {
        if (Peek() != c)
        {
            throw Error(_pos >= _text.Length ? $"unexpected end of input, expected '{c}'" : $"expected '{c}' but found '{_text[_pos]}'");
        }

        _pos++;
    }

    /// <summary>BurntSushi's ParseError text: the line and, once a key was read, the last key.</summary>
    private FormatException Error(string message) =>
        new(_lastKey.Length == 0 ? $"toml: line {_line}: {message}" : $"toml: line {_line} (last key {GoTemplates.Runtime.GoFmt.Quote(_lastKey)}): {message}");
}
