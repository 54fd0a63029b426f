using System.Globalization;
using System.Text;

namespace GitOpsLint.Rendering.Helm.Yaml;

/// <summary>
/// go-yaml v2's block emitter (a port of libyaml's) for the values a JSON round trip produces: maps (keys in
/// <see cref="GoYamlKeyComparer"/> order), lists, strings, bools, integers, floats and null. It reproduces the
/// scalar style choice (plain, single-quoted, double-quoted, literal), folding of long lines at column 80,
/// 2-space indentation and indentless sequences under mapping keys.
/// </summary>
internal sealed class GoYamlEmitter
{
    private const int BestIndent = 2;
    private readonly int _bestWidth = 80;
    private readonly bool _indentSequences;

    private readonly StringBuilder _out = new();
    private readonly Stack<int> _indents = new();
    private int _indent = -1;
    private int _column;
    private bool _whitespace = true;
    private bool _indention = true;
    private bool _mappingContext;
    private bool _simpleKeyContext;

    private enum ScalarStyle
    {
        Plain,
        SingleQuoted,
        DoubleQuoted,
        Literal,
    }

    private GoYamlEmitter()
    {
    }

    /// <summary>yaml.v3's block style as Helm's <c>toYamlPretty</c> configures it: sequences indented under their key, no line folding.</summary>
    private GoYamlEmitter(bool pretty)
    {
        _indentSequences = pretty;
        _bestWidth = pretty ? int.MaxValue : 80;
    }

    /// <summary>The YAML document for <paramref name="value"/>, ending with a newline, exactly as go-yaml v2's Marshal writes it.</summary>
    internal static string Emit(object? value)
    {
        var emitter = new GoYamlEmitter();
        emitter.EmitNode(value, mapping: false, simpleKey: false);
        emitter.EndStream();
        return emitter._out.ToString();
    }

    /// <summary>
    /// The document as yaml.v3's encoder with indent 2 writes it (<c>toYamlPretty</c>): like <see cref="Emit"/> but with
    /// sequences indented under mapping keys and long strings never folded.
    /// </summary>
    internal static string EmitPretty(object? value)
    {
        var emitter = new GoYamlEmitter(pretty: true);
        emitter.EmitNode(value, mapping: false, simpleKey: false);
        emitter.EndStream();
        return emitter._out.ToString();
    }

    private void EndStream()
    {
        // Document end: implicit, so only a line break (go-yaml v2 writes no "..." after open-ended scalars).
        WriteIndent();
    }

    private void EmitNode(object? value, bool mapping, bool simpleKey)
    {
        _mappingContext = mapping;
        _simpleKeyContext = simpleKey;
        switch (value)
        {
            case Dictionary<string, object?> map:
                EmitMapping(map);
                break;
            case List<object?> list:
                EmitSequence(list);
                break;
            default:
                EmitScalarValue(value);
                break;
        }
    }

    private void EmitMapping(Dictionary<string, object?> map)
    {
        if (map.Count == 0)
        {
            WriteIndicator("{", true, true, false);
            WriteIndicator("}", false, false, false);
            return;
        }

        IncreaseIndent(flow: false, indentless: false);
        foreach (var key in map.Keys.Order(GoYamlKeyComparer.Instance))
        {
            WriteIndent();
            var (style, analysis) = ChooseStringStyle(key, simpleKey: true);
            var simple = !analysis.Multiline && Encoding.UTF8.GetByteCount(key) <= 128;
            if (simple)
            {
                _simpleKeyContext = true;
                _mappingContext = true;
                WriteScalar(key, style);
                WriteIndicator(":", false, false, false);
            }
            else
            {
                WriteIndicator("?", true, false, true);
                _simpleKeyContext = false;
                _mappingContext = true;
                var (complexStyle, complexAnalysis) = ChooseStringStyle(key, simpleKey: false);
                WriteScalar(key, complexStyle);
                WriteIndent();
                WriteIndicator(":", true, false, true);
            }

            EmitNode(map[key], mapping: true, simpleKey: false);
        }

        _indent = _indents.Pop();
    }

    private void EmitSequence(List<object?> list)
    {
        if (list.Count == 0)
        {
            WriteIndicator("[", true, true, false);
            WriteIndicator("]", false, false, false);
            return;
        }

        IncreaseIndent(flow: false, indentless: !_indentSequences && _mappingContext && !_indention);
        foreach (var item in list)
        {
            WriteIndent();
            WriteIndicator("-", true, false, true);
            EmitNode(item, mapping: false, simpleKey: false);
        }

        _indent = _indents.Pop();
    }

    private void EmitScalarValue(object? value)
    {
        switch (value)
        {
            case string s:
                var (style, analysis) = ChooseStringStyle(s, _simpleKeyContext);
                WriteScalar(s, style);
                break;
            default:
                var text = value switch
                {
                    null => "null",
                    bool b => b ? "true" : "false",
                    long l => l.ToString(CultureInfo.InvariantCulture),
                    ulong u => u.ToString(CultureInfo.InvariantCulture),
                    double d => GoFloatFormatter.FormatYaml(d),
                    _ => throw new InvalidOperationException($"cannot emit a value of type {value.GetType().Name} as YAML"),
                };
                WriteScalar(text, ScalarStyle.Plain);
                break;
        }
    }

    /// <summary>go-yaml's encoder picks literal for multi-line text, quotes what would not read back as a string, and libyaml then downgrades the style the text does not allow.</summary>
    private (ScalarStyle Style, ScalarAnalysis Analysis) ChooseStringStyle(string s, bool simpleKey)
    {
        var analysis = Analyze(s);
        ScalarStyle style;
        if (s.Contains('\n', StringComparison.Ordinal))
        {
            style = ScalarStyle.Literal;
        }
        else if (!YamlScalarResolver.NeedsQuoting(s))
        {
            style = ScalarStyle.Plain;
        }
        else
        {
            style = ScalarStyle.DoubleQuoted;
        }

        if (simpleKey && analysis.Multiline)
        {
            style = ScalarStyle.DoubleQuoted;
        }

        if (style == ScalarStyle.Plain)
        {
            if (!analysis.BlockPlainAllowed || (s.Length == 0 && simpleKey))
            {
                style = ScalarStyle.SingleQuoted;
            }
        }

        if (style == ScalarStyle.SingleQuoted && !analysis.SingleQuotedAllowed)
        {
            style = ScalarStyle.DoubleQuoted;
        }

        if (style == ScalarStyle.Literal && (!analysis.BlockAllowed || simpleKey))
        {
            style = ScalarStyle.DoubleQuoted;
        }

        return (style, analysis);
    }

    private void WriteScalar(string value, ScalarStyle style)
    {
        IncreaseIndent(flow: true, indentless: false);
        var allowBreaks = !_simpleKeyContext;
        switch (style)
        {
            case ScalarStyle.Plain:
                WritePlain(value, allowBreaks);
                break;
            case ScalarStyle.SingleQuoted:
                WriteSingleQuoted(value, allowBreaks);
                break;
            case ScalarStyle.DoubleQuoted:
                WriteDoubleQuoted(value, allowBreaks);
                break;
            case ScalarStyle.Literal:
                WriteLiteral(value);
                break;
        }

        _indent = _indents.Pop();
    }

    private void IncreaseIndent(bool flow, bool indentless)
    {
        _indents.Push(_indent);
        if (_indent < 0)
        {
            _indent = flow ? BestIndent : 0;
        }
        else if (!indentless)
        {
            _indent += BestIndent;
        }
    }

    private void WriteIndent()
    {
        var indent = Math.Max(_indent, 0);
        if (!_indention || _column > indent || (_column == indent && !_whitespace))
        {
            PutBreak();
        }

        while (_column < indent)
        {
            Put(' ');
        }

        _whitespace = true;
        _indention = true;
    }

    private void WriteIndicator(string indicator, bool needWhitespace, bool isWhitespace, bool isIndention)
    {
        if (needWhitespace && !_whitespace)
        {
            Put(' ');
        }

        foreach (var c in indicator)
        {
            Put(c);
        }

        _whitespace = isWhitespace;
        _indention = _indention && isIndention;
    }

    private void WritePlain(string value, bool allowBreaks)
    {
        if (!_whitespace)
        {
            Put(' ');
        }

        var runes = value.EnumerateRunes().ToArray();
        var spaces = false;
        for (var i = 0; i < runes.Length; i++)
        {
            if (runes[i].Value == ' ')
            {
                var nextIsSpace = i + 1 < runes.Length && runes[i + 1].Value == ' ';
                if (allowBreaks && !spaces && _column > _bestWidth && !nextIsSpace)
                {
                    WriteIndent();
                }
                else
                {
                    Write(runes[i]);
                }

                spaces = true;
            }
            else
            {
                Write(runes[i]);
                _indention = false;
                spaces = false;
            }
        }

        _whitespace = false;
        _indention = false;
    }

    private void WriteSingleQuoted(string value, bool allowBreaks)
    {
        WriteIndicator("'", true, false, false);
        var runes = value.EnumerateRunes().ToArray();
        var spaces = false;
        for (var i = 0; i < runes.Length; i++)
        {
            if (runes[i].Value == ' ')
            {
                var nextIsSpace = i + 1 < runes.Length && runes[i + 1].Value == ' ';
                if (allowBreaks && !spaces && _column > _bestWidth && i > 0 && i < runes.Length - 1 && !nextIsSpace)
                {
                    WriteIndent();
                }
                else
                {
                    Write(runes[i]);
                }

                spaces = true;
            }
            else
            {
                if (runes[i].Value == '\'')
                {
                    Put('\'');
                }

                Write(runes[i]);
                _indention = false;
                spaces = false;
            }
        }

        WriteIndicator("'", false, false, false);
        _whitespace = false;
        _indention = false;
    }

    private void WriteDoubleQuoted(string value, bool allowBreaks)
    {
        WriteIndicator("\"", true, false, false);
        var runes = value.EnumerateRunes().ToArray();
        var spaces = false;
        for (var i = 0; i < runes.Length; i++)
        {
            var r = runes[i];
            if (!IsPrintable(r) || r.Value == 0xFEFF || IsBreak(r) || r.Value == '"' || r.Value == '\\')
            {
                Put('\\');
                var escape = r.Value switch
                {
                    0x00 => "0",
                    0x07 => "a",
                    0x08 => "b",
                    0x09 => "t",
                    0x0A => "n",
                    0x0B => "v",
                    0x0C => "f",
                    0x0D => "r",
                    0x1B => "e",
                    0x22 => "\"",
                    0x5C => "\\",
                    0x85 => "N",
                    0xA0 => "_",
                    0x2028 => "L",
                    0x2029 => "P",
                    <= 0xFF => "x" + r.Value.ToString("X2", CultureInfo.InvariantCulture),
                    <= 0xFFFF => "u" + r.Value.ToString("X4", CultureInfo.InvariantCulture),
                    _ => "U" + r.Value.ToString("X8", CultureInfo.InvariantCulture),
                };
                foreach (var c in escape)
                {
                    Put(c);
                }

                spaces = false;
            }
            else if (r.Value == ' ')
            {
                if (allowBreaks && !spaces && _column > _bestWidth && i != 0 && i != runes.Length - 1)
                {
                    WriteIndent();
                    if (i + 1 < runes.Length && runes[i + 1].Value == ' ')
                    {
                        Put('\\');
                    }
                }
                else
                {
                    Write(r);
                }

                spaces = true;
            }
            else
            {
                Write(r);
                spaces = false;
            }
        }

        WriteIndicator("\"", false, false, false);
        _whitespace = false;
        _indention = false;
    }

    private void WriteLiteral(string value)
    {
        WriteIndicator("|", true, false, false);
        var runes = value.EnumerateRunes().ToArray();
        if (runes.Length > 0 && (runes[0].Value == ' ' || IsBreak(runes[0])))
        {
            WriteIndicator(BestIndent.ToString(CultureInfo.InvariantCulture), false, false, false);
        }

        string? chomp = null;
        if (runes.Length == 0 || !IsBreak(runes[^1]))
        {
            chomp = "-";
        }
        else if (runes.Length == 1 || IsBreak(runes[^2]))
        {
            chomp = "+";
        }

        if (chomp is not null)
        {
            WriteIndicator(chomp, false, false, false);
        }

        PutBreak();
        _indention = true;
        _whitespace = true;
        var breaks = true;
        foreach (var r in runes)
        {
            if (IsBreak(r))
            {
                PutBreak();
                _indention = true;
                breaks = true;
            }
            else
            {
                if (breaks)
                {
                    WriteIndent();
                    breaks = false;
                }

                Write(r);
                _indention = false;
            }
        }
    }

    private void Put(char c)
    {
        _out.Append(c);
        _column++;
    }

    private void Write(Rune r)
    {
        _out.Append(r.ToString());
        _column++;
    }

    private void PutBreak()
    {
        _out.Append('\n');
        _column = 0;
    }

    private static bool IsBreak(Rune r) => r.Value is '\r' or '\n' or 0x85 or 0x2028 or 0x2029;

    private static bool IsPrintable(Rune r) => r.Value switch
    {
        0x0A => true,
        >= 0x20 and <= 0x7E => true,
        0x85 => true,
        >= 0xA0 and <= 0xD7FF => true,
        >= 0xE000 and <= 0xFFFD => r.Value != 0xFEFF,
        >= 0x10000 and <= 0x10FFFF => true,
        _ => false,
    };

    private readonly record struct ScalarAnalysis(bool Multiline, bool BlockPlainAllowed, bool SingleQuotedAllowed, bool BlockAllowed);

    /// <summary>libyaml's yaml_emitter_analyze_scalar, for block context (flow-plain is never needed here).</summary>
    private static ScalarAnalysis Analyze(string value)
    {
        if (value.Length == 0)
        {
            return new ScalarAnalysis(false, true, true, false);
        }

        var runes = value.EnumerateRunes().ToArray();
        var blockIndicators = false;
        var lineBreaks = false;
        var specialCharacters = false;
        var leadingSpace = false;
        var leadingBreak = false;
        var trailingSpace = false;
        var trailingBreak = false;
        var breakSpace = false;
        var spaceBreak = false;
        var previousSpace = false;
        var previousBreak = false;

        if (value.StartsWith("---", StringComparison.Ordinal) || value.StartsWith("...", StringComparison.Ordinal))
        {
            blockIndicators = true;
        }

        var precededByWhitespace = true;
        for (var i = 0; i < runes.Length; i++)
        {
            var c = runes[i].Value;
            var followedByWhitespace = i + 1 >= runes.Length || runes[i + 1].Value is ' ' or '\t';
            if (i == 0)
            {
                switch (c)
                {
                    case '#' or ',' or '[' or ']' or '{' or '}' or '&' or '*' or '!' or '|' or '>' or '\'' or '"' or '%' or '@' or '`':
                        blockIndicators = true;
                        break;
                    case '?' or ':' when followedByWhitespace:
                        blockIndicators = true;
                        break;
                    case '-' when followedByWhitespace:
                        blockIndicators = true;
                        break;
                }
            }
            else
            {
                switch (c)
                {
                    case ':' when followedByWhitespace:
                        blockIndicators = true;
                        break;
                    case '#' when precededByWhitespace:
                        blockIndicators = true;
                        break;
                }
            }

            if (!IsPrintable(runes[i]))
            {
                specialCharacters = true;
            }

            if (c == ' ')
            {
                leadingSpace |= i == 0;
                trailingSpace |= i == runes.Length - 1;
                breakSpace |= previousBreak;
                previousSpace = true;
                previousBreak = false;
            }
            else if (IsBreak(runes[i]))
            {
                lineBreaks = true;
                leadingBreak |= i == 0;
                trailingBreak |= i == runes.Length - 1;
                spaceBreak |= previousSpace;
                previousSpace = false;
                previousBreak = true;
            }
            else
            {
                previousSpace = false;
                previousBreak = false;
            }

            precededByWhitespace = c is ' ' or '\t' || IsBreak(runes[i]);
        }

        var blockPlain = true;
        var singleQuoted = true;
        var block = true;
        if (leadingSpace || leadingBreak || trailingSpace || trailingBreak)
        {
            blockPlain = false;
        }

        if (trailingSpace)
        {
            block = false;
        }

        if (breakSpace)
        {
            blockPlain = false;
            singleQuoted = false;
        }

        if (spaceBreak || specialCharacters)
        {
            blockPlain = false;
            singleQuoted = false;
            block = false;
        }

        if (lineBreaks)
        {
            blockPlain = false;
        }

        if (blockIndicators)
        {
            blockPlain = false;
        }

        return new ScalarAnalysis(lineBreaks, blockPlain, singleQuoted, block);
    }
}
