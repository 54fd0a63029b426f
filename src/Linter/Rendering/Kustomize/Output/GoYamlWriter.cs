using System.Globalization;
using System.Text;
using GitOpsLint.Rendering.Kustomize.Nodes;

namespace GitOpsLint.Rendering.Kustomize.Output;

/// <summary>
/// Writes one object the way <c>kubectl kustomize</c> prints it: kustomize turns each object into JSON and back into
/// YAML with go-yaml v2, so keys are sorted (go-yaml's natural order), sequences are not indented under their key,
/// strings that would read as another type are double-quoted, strings with line breaks use literal blocks, and long
/// plain or quoted strings fold at 80 columns. This is a port of the parts of libyaml's emitter that this output uses.
/// </summary>
internal sealed class GoYamlWriter
{
    private const int BestWidth = 80;
    private const int BestIndent = 2;

    private readonly StringBuilder output;
    private int column;
    private int indent = -1;
    private bool whitespace = true;
    private bool indention = true;

    private GoYamlWriter(StringBuilder output)
    {
        this.output = output;
    }

    private enum Style
    {
        Plain,
        SingleQuoted,
        DoubleQuoted,
        Literal,
    }

    /// <summary>Appends one YAML document (no <c>---</c>) for <paramref name="root"/>.</summary>
    public static void WriteDocument(KNode root, StringBuilder output)
    {
        var writer = new GoYamlWriter(output);
        writer.EmitNode(root, mappingContext: false);
        writer.WriteIndent();
    }

    private void EmitNode(KNode node, bool mappingContext)
    {
        switch (node)
        {
            case KMapping { Count: 0 }:
                WriteIndicator("{", true, true, false);
                WriteIndicator("}", false, false, false);
                break;
            case KSequence { Items.Count: 0 }:
                WriteIndicator("[", true, true, false);
                WriteIndicator("]", false, false, false);
                break;
            case KMapping mapping:
                EmitBlockMapping(mapping);
                break;
            case KSequence sequence:
                EmitBlockSequence(sequence, mappingContext);
                break;
            case KScalar scalar:
                EmitValue(scalar.Typed);
                break;
        }
    }

    private void EmitBlockMapping(KMapping mapping)
    {
        var saved = indent;
        indent = indent < 0 ? 0 : indent + BestIndent;
        var entries = mapping.Entries.ToArray();
        Array.Sort(entries, (a, b) => GoYamlKeyComparer.Instance.Compare(a.Key, b.Key));
        foreach (var entry in entries)
        {
            WriteIndent();
            if (IsSimpleKey(entry.Key))
            {
                EmitString(entry.Key, simpleKey: true);
                WriteIndicator(":", false, false, false);
            }
            else
            {
                // libyaml writes keys longer than 128 bytes, or with line breaks, as "? key" then ": value".
                WriteIndicator("?", true, false, true);
                EmitString(entry.Key, simpleKey: false);
                WriteIndent();
                WriteIndicator(":", true, false, true);
            }

            EmitNode(entry.Value, mappingContext: true);
        }

        indent = saved;
    }

    private static bool IsSimpleKey(string key) =>
        Encoding.UTF8.GetByteCount(key) <= 128 && !key.EnumerateRunes().Any(r => ScalarAnalysis.IsBreak(r.Value));

    private void EmitBlockSequence(KSequence sequence, bool mappingContext)
    {
        var saved = indent;
        var indentless = mappingContext && !indention;
        indent = indent < 0 ? 0 : indentless ? indent : indent + BestIndent;
        foreach (var item in sequence.Items)
        {
            WriteIndent();
            WriteIndicator("-", true, false, true);
            EmitNode(item, mappingContext: false);
        }

        indent = saved;
    }

    private void EmitValue(KScalarValue value)
    {
        switch (value.Type)
        {
            case KScalarType.Null:
                EmitScalar("null", Style.Plain, simpleKey: false);
                break;
            case KScalarType.Bool or KScalarType.Int or KScalarType.UInt:
                EmitScalar(value.Text, Style.Plain, simpleKey: false);
                break;
            case KScalarType.Float:
                EmitScalar(GoNumberFormat.FormatFloat(value.Float), Style.Plain, simpleKey: false);
                break;
            default:
                EmitString(FoldNextLines(value.Text), simpleKey: false);
                break;
        }
    }

    /// <summary>
    /// Go's JSON encoder leaves U+0085 (NEL) unescaped, and go-yaml v2 reads it back as a line break inside a quoted
    /// scalar, which line folding turns into a space (several in a row into line feeds, one fewer).
    /// </summary>
    private static string FoldNextLines(string text)
    {
        if (!text.Contains('\u0085', StringComparison.Ordinal))
        {
            return text;
        }

        return System.Text.RegularExpressions.Regex.Replace(text, "[ \t]*\u0085(?:[ \t]*\u0085)*[ \t]*", match =>
        {
            var breaks = match.Value.Count(c => c == '\u0085');
            return breaks == 1 ? " " : new string('\n', breaks - 1);
        });
    }

    /// <summary>go-yaml v2's choice for a Go string: literal when it has a line break, plain when it reads back as a string, else double-quoted.</summary>
    private void EmitString(string text, bool simpleKey)
    {
        var style = text.Contains('\n', StringComparison.Ordinal) ? Style.Literal
            : GoYamlV2Resolver.ReadsAsString(text) ? Style.Plain
            : Style.DoubleQuoted;
        EmitScalar(text, style, simpleKey);
    }

    private void EmitScalar(string value, Style requested, bool simpleKey)
    {
        var analysis = ScalarAnalysis.Of(value);
        var style = requested;
        if (simpleKey && analysis.Multiline)
        {
            style = Style.DoubleQuoted;
        }

        if (style == Style.Plain && (!analysis.BlockPlainAllowed || (value.Length == 0 && simpleKey)))
        {
            style = Style.SingleQuoted;
        }

        if (style == Style.SingleQuoted && !analysis.SingleQuotedAllowed)
        {
            style = Style.DoubleQuoted;
        }

        if (style == Style.Literal && (!analysis.BlockAllowed || simpleKey))
        {
            style = Style.DoubleQuoted;
        }

        var saved = indent;
        indent = indent < 0 ? BestIndent : indent + BestIndent;
        switch (style)
        {
            case Style.Plain:
                WritePlain(value, !simpleKey);
                break;
            case Style.SingleQuoted:
                WriteSingleQuoted(value, !simpleKey);
                break;
            case Style.DoubleQuoted:
                WriteDoubleQuoted(value, !simpleKey);
                break;
            default:
                WriteLiteral(value);
                break;
        }

        indent = saved;
    }

    private void WritePlain(string value, bool allowBreaks)
    {
        if (!whitespace)
        {
            Put(' ');
        }

        var runes = value.EnumerateRunes().ToArray();
        var spaces = false;
        for (var i = 0; i < runes.Length; i++)
        {
            if (runes[i].Value == ' ')
            {
                if (allowBreaks && !spaces && column > BestWidth && !IsSpace(runes, i + 1))
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
                indention = false;
                spaces = false;
            }
        }

        whitespace = false;
        indention = false;
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
                if (allowBreaks && !spaces && column > BestWidth && i != 0 && i != runes.Length - 1 && !IsSpace(runes, i + 1))
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
                indention = false;
                spaces = false;
            }
        }

        WriteIndicator("'", false, false, false);
        whitespace = false;
        indention = false;
    }

    private void WriteDoubleQuoted(string value, bool allowBreaks)
    {
        WriteIndicator("\"", true, false, false);
        var runes = value.EnumerateRunes().ToArray();
        var spaces = false;
        for (var i = 0; i < runes.Length; i++)
        {
            var c = runes[i].Value;
            if (!ScalarAnalysis.IsPrintable(c) || c == 0xFEFF || ScalarAnalysis.IsBreak(c) || c == '"' || c == '\\')
            {
                Put('\\');
                var escape = c switch
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
                    <= 0xFF => "x" + c.ToString("X2", CultureInfo.InvariantCulture),
                    <= 0xFFFF => "u" + c.ToString("X4", CultureInfo.InvariantCulture),
                    _ => "U" + c.ToString("X8", CultureInfo.InvariantCulture),
                };
                foreach (var e in escape)
                {
                    Put(e);
                }

                spaces = false;
            }
            else if (c == ' ')
            {
                if (allowBreaks && !spaces && column > BestWidth && i != 0 && i != runes.Length - 1)
                {
                    WriteIndent();
                    if (IsSpace(runes, i + 1))
                    {
                        Put('\\');
                    }
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
                spaces = false;
            }
        }

        WriteIndicator("\"", false, false, false);
        whitespace = false;
        indention = false;
    }

    private void WriteLiteral(string value)
    {
        WriteIndicator("|", true, false, false);
        if (value.Length > 0 && (value[0] == ' ' || ScalarAnalysis.IsBreak(value[0])))
        {
            WriteIndicator(BestIndent.ToString(CultureInfo.InvariantCulture), false, false, false);
        }

        if (!value.EndsWith('\n'))
        {
            WriteIndicator("-", false, false, false);
        }
        else if (value.Length == 1 || value[^2] == '\n')
        {
            WriteIndicator("+", false, false, false);
        }

        PutBreak();
        indention = true;
        whitespace = true;
        var breaks = true;
        foreach (var rune in value.EnumerateRunes())
        {
            if (rune.Value == '\n')
            {
                PutBreak();
                indention = true;
                breaks = true;
            }
            else
            {
                if (breaks)
                {
                    WriteIndent();
                    breaks = false;
                }

                Write(rune);
                indention = false;
            }
        }
    }

    private void WriteIndent()
    {
        var target = indent < 0 ? 0 : indent;
        if (!indention || column > target || (column == target && !whitespace))
        {
            PutBreak();
        }

        while (column < target)
        {
            Put(' ');
        }

        whitespace = true;
        indention = true;
    }

    private void WriteIndicator(string indicator, bool needWhitespace, bool isWhitespace, bool isIndention)
    {
        if (needWhitespace && !whitespace)
        {
            Put(' ');
        }

        output.Append(indicator);
        column += indicator.Length;
        whitespace = isWhitespace;
        indention = indention && isIndention;
    }

    private void Put(char c)
    {
        output.Append(c);
        column++;
    }

    private void Write(Rune rune)
    {
        output.Append(rune.ToString());
        column++;
    }

    private void PutBreak()
    {
        output.Append('\n');
        column = 0;
    }

    private static bool IsSpace(Rune[] runes, int index) => index < runes.Length && runes[index].Value == ' ';
}
