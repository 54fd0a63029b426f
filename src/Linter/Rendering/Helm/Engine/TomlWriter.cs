using System.Collections;
using System.Globalization;
using System.Text;
using GoTemplates.Runtime;

namespace GitOpsLint.Rendering.Helm.Engine;

/// <summary>
/// Helm's <c>toToml</c>: BurntSushi/toml's encoder over template values. Map keys are sorted; in every table the
/// plain keys come first, then sub-tables (<c>[a.b]</c>, indented two spaces per level below the top) and arrays of
/// tables (<c>[[a]]</c>); nil values are skipped. On failure Helm returns the error text as the result.
/// </summary>
internal sealed class TomlWriter
{
    private const string Indent = "  ";
    private readonly StringBuilder _output = new();

    internal static string Encode(object? value)
    {
        try
        {
            return MustEncode(value);
        }
        catch (TomlEncodeException e)
        {
            return e.Message;
        }
    }

    /// <summary>Helm 4's <c>mustToToml</c>: encoding errors are panics.</summary>
    internal static string MustEncode(object? value)
    {
        var writer = new TomlWriter();
        try
        {
            writer.EncodeTop(value);
        }
        catch (TomlEncodeException e)
        {
            throw new GoPanicException(e.Message);
        }

        return writer._output.ToString();
    }

    private void EncodeTop(object? value)
    {
        switch (value)
        {
            case null:
                return;
            case IDictionary map:
                WriteTable([], map);
                return;
            case IList:
                throw new TomlEncodeException("toml: top-level values must be Go maps or structs");
            default:
                WriteElement(value);
                return;
        }
    }

    private void Encode(List<string> key, object? value)
    {
        switch (value)
        {
            case null:
                return;
            case IDictionary map:
                WriteTable(key, map);
                return;
            case IList list when IsTableArray(list):
                WriteArrayOfTables(key, list);
                return;
            default:
                WriteKeyValue(key, value);
                return;
        }
    }

    private void WriteTable(List<string> key, IDictionary map)
    {
        if (key.Count == 1)
        {
            NewLine();
        }

        if (key.Count > 0)
        {
            _output.Append(IndentFor(key)).Append('[').Append(string.Join('.', key.Select(Quoted))).Append(']');
            NewLine();
        }

        WriteMap(key, map);
    }

    private void WriteArrayOfTables(List<string> key, IList list)
    {
        foreach (var item in list)
        {
            if (item is not IDictionary table)
            {
                continue;
            }

            NewLine();
            _output.Append(IndentFor(key)).Append("[[").Append(string.Join('.', key.Select(Quoted))).Append("]]");
            NewLine();
            WriteMap(key, table);
        }
    }

    private void WriteMap(List<string> key, IDictionary map)
    {
        var direct = new List<string>();
        var sub = new List<string>();
        foreach (DictionaryEntry entry in map)
        {
            var name = entry.Key as string ?? throw new TomlEncodeException("toml: cannot encode a map with non-string key type");
            (IsTable(entry.Value) ? sub : direct).Add(name);
        }

        direct.Sort(StringComparer.Ordinal);
        sub.Sort(StringComparer.Ordinal);
        foreach (var name in direct.Concat(sub))
        {
            var value = map[name];
            if (value is not null)
            {
                Encode([.. key, name], value);
            }
        }
    }

    private void WriteKeyValue(List<string> key, object value)
    {
        _output.Append(IndentFor(key)).Append(Quoted(key[^1])).Append(" = ");
        WriteElement(value);
        NewLine();
    }

    private void WriteElement(object? value)
    {
        switch (value)
        {
            case string s:
                WriteQuoted(s);
                break;
            case bool b:
                _output.Append(b ? "true" : "false");
                break;
            case double d:
                _output.Append(Float(d));
                break;
            case float f:
                _output.Append(Float(f));
                break;
            case nint or long or int or short or sbyte or nuint or ulong or uint or ushort or byte:
                _output.Append(Convert.ToString(value, CultureInfo.InvariantCulture));
                break;
            case IDictionary map:
                WriteInlineTable(map);
                break;
            case IList list:
                _output.Append('[');
                for (var i = 0; i < list.Count; i++)
                {
                    if (i > 0)
                    {
                        _output.Append(", ");
                    }

                    WriteElement(list[i] ?? throw new TomlEncodeException("toml: cannot encode array with nil element"));
                }

                _output.Append(']');
                break;
            default:
                throw new TomlEncodeException($"toml: unexpected type \"{GoTypes.NameOf(value)}\"");
        }
    }

    private void WriteInlineTable(IDictionary map)
    {
        var keys = map.Keys.Cast<object>().Select(k => k as string ?? throw new TomlEncodeException("toml: cannot encode a map with non-string key type")).ToList();
        keys.Sort(StringComparer.Ordinal);
        var present = keys.Where(k => map[k] is not null).ToList();
        _output.Append('{');
        for (var i = 0; i < present.Count; i++)
        {
            _output.Append(Quoted(present[i])).Append(" = ");
            WriteElement(map[present[i]]);
            if (i != present.Count - 1)
            {
                _output.Append(", ");
            }
        }

        _output.Append('}');
    }

    private static bool IsTable(object? value) => value is IDictionary || (value is IList list && IsTableArray(list));

    private static bool IsTableArray(IList list)
    {
        if (list.Count == 0)
        {
            return false;
        }

        var allTables = true;
        foreach (var item in list)
        {
            if (item is null)
            {
                throw new TomlEncodeException("toml: cannot encode array with nil element");
            }

            allTables &= item is IDictionary;
        }

        return allTables;
    }

    private static string Float(double value)
    {
        if (double.IsNaN(value))
        {
            return "nan";
        }

        if (double.IsInfinity(value))
        {
            return value < 0 ? "-inf" : "+inf";
        }

        var text = GoFmt.FormatFloat(value, 'f', -1);
        return text.Contains('.', StringComparison.Ordinal) ? text : text + ".0";
    }

    private void WriteQuoted(string s)
    {
        _output.Append('"');
        foreach (var c in s)
        {
            _output.Append(c switch
            {
                '"' => "\\\"",
                '\\' => "\\\\",
                '\b' => "\\b",
                '\t' => "\\t",
                '\n' => "\\n",
                '\f' => "\\f",
                '\r' => "\\r",
                < ' ' or '\x7f' => "\\u" + ((int)c).ToString("x4", CultureInfo.InvariantCulture),
                _ => c.ToString(),
            });
        }

        _output.Append('"');
    }

    private static string Quoted(string key)
    {
        if (key.Length > 0 && key.All(c => char.IsAsciiLetterOrDigit(c) || c is '_' or '-'))
        {
            return key;
        }

        var writer = new TomlWriter();
        writer.WriteQuoted(key);
        return writer._output.ToString();
    }

    private static string IndentFor(List<string> key) => key.Count <= 1 ? "" : string.Concat(Enumerable.Repeat(Indent, key.Count - 1));

    private void NewLine()
    {
        if (_output.Length > 0)
        {
            _output.Append('\n');
        }
    }

    private sealed class TomlEncodeException(string message) : Exception(message);
}
