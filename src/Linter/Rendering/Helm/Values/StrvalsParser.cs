using System.Globalization;
using System.Text;
using System.Text.Json;

namespace GitOpsLint.Rendering.Helm.Values;

/// <summary>
/// Helm's <c>--set</c> family grammar (pkg/strvals): <c>a.b=c</c>, <c>a[0]=x</c>, <c>a[1].b=y</c>, <c>{x,y}</c> lists,
/// <c>\,</c> escapes, comma-separated assignments. Typing for <c>--set</c>: true/false/null in any case become
/// bool/nil, <c>0</c> and integers without a leading zero become int64, everything else stays a string.
/// </summary>
internal sealed class StrvalsParser
{
    private const int MaxListIndex = 65536;
    private const int MaxNesting = 30;

    private readonly int[] _input;
    private readonly Func<string, object?>? _convert;
    private readonly bool _json;
    private int _pos;

    private StrvalsParser(string input, Func<string, object?>? convert, bool json)
    {
        _input = input.EnumerateRunes().Select(r => r.Value).ToArray();
        _convert = convert;
        _json = json;
    }

    /// <summary>Applies one <c>--set</c> (or, with <paramref name="asString"/>, <c>--set-string</c>) argument.</summary>
    internal static void ParseInto(string expression, Dictionary<string, object?> dest, bool asString) =>
        new StrvalsParser(expression, raw => TypedScalar(raw, asString), json: false).Run(dest);

    /// <summary>Applies one <c>--set-file</c> argument; <paramref name="readFile"/> returns the file's text.</summary>
    internal static void ParseFileInto(string expression, Dictionary<string, object?> dest, Func<string, string> readFile) =>
        new StrvalsParser(expression, raw => readFile(raw), json: false).Run(dest);

    /// <summary>Applies one <c>--set-json</c> argument.</summary>
    internal static void ParseJsonInto(string expression, Dictionary<string, object?> dest) =>
        new StrvalsParser(expression, null, json: true).Run(dest);

    internal static object? TypedScalar(string value, bool asString)
    {
        if (asString)
        {
            return value;
        }

        if (value.Equals("true", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        if (value.Equals("false", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        if (value.Equals("null", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        if (value == "0")
        {
            return 0L;
        }

        if (value.Length > 0 && value[0] != '0' && long.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var n))
        {
            return n;
        }

        return value;
    }

    private sealed class EndOfInput : Exception;

    private sealed class NotAList : Exception;

    private void Run(Dictionary<string, object?> dest)
    {
        while (true)
        {
            try
            {
                Key(dest, 0);
            }
            catch (EndOfInput)
            {
                return;
            }
        }
    }

    private int? Next() => _pos < _input.Length ? _input[_pos++] : null;

    private string Until(string stop, out int last)
    {
        var sb = new StringBuilder();
        while (true)
        {
            var r = Next();
            if (r is null)
            {
                last = 0;
                throw new EndOfInputWith(sb.ToString());
            }

            if (stop.Contains((char)r.Value, StringComparison.Ordinal))
            {
                last = r.Value;
                return sb.ToString();
            }

            if (r == '\\')
            {
                var escaped = Next() ?? throw new EndOfInputWith(sb.ToString());
                sb.Append(char.ConvertFromUtf32(escaped));
                continue;
            }

            sb.Append(char.ConvertFromUtf32(r.Value));
        }
    }

    /// <summary>End of input in the middle of a token, carrying what was read so far.</summary>
    private sealed class EndOfInputWith(string read) : Exception
    {
        public string Read { get; } = read;
    }

    private static void Assign(Dictionary<string, object?> map, string key, object? value)
    {
        if (key.Length > 0)
        {
            map[key] = value;
        }
    }

    private void Key(Dictionary<string, object?> data, int depth)
    {
        string name;
        int last;
        try
        {
            name = Until("=[,.", out last);
        }
        catch (EndOfInputWith e)
        {
            if (e.Read.Length == 0)
            {
                throw new EndOfInput();
            }

            throw new HelmValuesException($"key \"{e.Read}\" has no value");
        }

        switch (last)
        {
            case '[':
                {
                    var index = Index();
                    var list = new List<object?>();
                    if (data.TryGetValue(name, out var existing))
                    {
                        list = existing as List<object?> ?? throw new HelmValuesException($"unable to parse key: interface conversion: interface {{}} is {GoTypeName(existing)}, not []interface {{}}");
                    }

                    try
                    {
                        list = ListItem(list, index, depth);
                    }
                    finally
                    {
                        Assign(data, name, list);
                    }

                    return;
                }

            case '=':
                if (_json)
                {
                    Assign(data, name, JsonValue());
                    return;
                }

                try
                {
                    Assign(data, name, ValueList());
                    return;
                }
                catch (EndOfInput)
                {
                    Assign(data, name, "");
                    throw;
                }
                catch (NotAList)
                {
                    string raw;
                    try
                    {
                        raw = Until(",", out _);
                    }
                    catch (EndOfInputWith e)
                    {
                        raw = e.Read;
                    }

                    Assign(data, name, _convert!(raw));
                    return;
                }

            case ',':
                Assign(data, name, "");
                throw new HelmValuesException($"key \"{name}\" has no value (cannot end with ,)");
            case '.':
                {
                    depth++;
                    if (depth > MaxNesting)
                    {
                        throw new HelmValuesException($"value name nested level is greater than maximum supported nested level of {MaxNesting}");
                    }

                    var inner = new Dictionary<string, object?>(StringComparer.Ordinal);
                    if (data.TryGetValue(name, out var existing))
                    {
                        inner = existing as Dictionary<string, object?> ?? throw new HelmValuesException($"unable to parse key: interface conversion: interface {{}} is {GoTypeName(existing)}, not map[string]interface {{}}");
                    }

                    try
                    {
                        Key(inner, depth);
                    }
                    catch (EndOfInput) when (inner.Count == 0)
                    {
                        throw;
                    }
                    finally
                    {
                        if (inner.Count != 0)
                        {
                            Assign(data, name, inner);
                        }
                    }

                    if (inner.Count == 0)
                    {
                        throw new HelmValuesException($"key map \"{name}\" has no value");
                    }

                    return;
                }
        }
    }

    private int Index()
    {
        string text;
        try
        {
            text = Until("]", out _);
        }
        catch (EndOfInputWith)
        {
            throw new HelmValuesException("error parsing index: EOF");
        }

        if (!int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var index))
        {
            throw new HelmValuesException($"error parsing index: strconv.Atoi: parsing \"{text}\": invalid syntax");
        }

        return index;
    }

    private static List<object?> SetAt(List<object?> list, int index, object? value)
    {
        if (index < 0)
        {
            throw new HelmValuesException($"negative {index} index not allowed");
        }

        if (index > MaxListIndex)
        {
            throw new HelmValuesException($"index of {index} is greater than maximum supported index of {MaxListIndex}");
        }

        while (list.Count <= index)
        {
            list.Add(null);
        }

        list[index] = value;
        return list;
    }

    private List<object?> ListItem(List<object?> list, int index, int depth)
    {
        if (index < 0)
        {
            throw new HelmValuesException($"negative {index} index not allowed");
        }

        string rest;
        int last;
        try
        {
            rest = Until("[.=", out last);
        }
        catch (EndOfInputWith e)
        {
            if (e.Read.Length > 0)
            {
                throw new HelmValuesException($"unexpected data at end of array index: \"{e.Read}\"");
            }

            throw new EndOfInput();
        }

        if (rest.Length > 0)
        {
            throw new HelmValuesException($"unexpected data at end of array index: \"{rest}\"");
        }

        switch (last)
        {
            case '=':
                if (_json)
                {
                    return SetAt(list, index, JsonValue());
                }

                try
                {
                    return SetAt(list, index, ValueList());
                }
                catch (EndOfInput)
                {
                    return SetAt(list, index, "");
                }
                catch (NotAList)
                {
                    string raw;
                    try
                    {
                        raw = Until(",", out _);
                    }
                    catch (EndOfInputWith e)
                    {
                        raw = e.Read;
                    }

                    return SetAt(list, index, _convert!(raw));
                }

            case '[':
                {
                    var inner = Index();
                    var current = new List<object?>();
                    if (list.Count > index && list[index] is not null)
                    {
                        current = list[index] as List<object?> ?? throw new HelmValuesException($"unable to parse key: interface conversion: interface {{}} is {GoTypeName(list[index])}, not []interface {{}}");
                    }

                    return SetAt(list, index, ListItem(current, inner, depth));
                }

            default:
                {
                    var inner = new Dictionary<string, object?>(StringComparer.Ordinal);
                    if (list.Count > index)
                    {
                        if (list[index] is Dictionary<string, object?> existing)
                        {
                            inner = existing;
                        }
                        else
                        {
                            list[index] = inner;
                        }
                    }

                    Key(inner, depth);
                    return SetAt(list, index, inner);
                }
        }
    }

    /// <summary>Parses <c>{a,b,c}</c>; throws <see cref="NotAList"/> when the value does not start with '{'.</summary>
    private List<object?> ValueList()
    {
        var r = Next() ?? throw new EndOfInput();
        if (r != '{')
        {
            _pos--;
            throw new NotAList();
        }

        var list = new List<object?>();
        while (true)
        {
            string raw;
            int last;
            try
            {
                raw = Until(",}", out last);
            }
            catch (EndOfInputWith)
            {
                throw new HelmValuesException("list must terminate with '}'");
            }

            var value = _convert!(raw);
            list.Add(value);
            if (last == '}')
            {
                if (Next() is { } after && after != ',')
                {
                    _pos--;
                }

                return list;
            }
        }
    }

    private bool EmptyValue()
    {
        while (true)
        {
            var r = Next();
            if (r is null || r == ',')
            {
                return true;
            }

            if (!char.IsWhiteSpace(char.ConvertFromUtf32(r.Value), 0))
            {
                _pos--;
                return false;
            }
        }
    }

    private object? JsonValue()
    {
        if (EmptyValue())
        {
            return null;
        }

        var rest = string.Concat(_input[_pos..].Select(char.ConvertFromUtf32));
        var bytes = Encoding.UTF8.GetBytes(rest);
        var reader = new Utf8JsonReader(bytes, new JsonReaderOptions { AllowMultipleValues = true });
        object? value;
        try
        {
            using var document = JsonDocument.ParseValue(ref reader);
            value = Yaml.GoJson.Unmarshal(document.RootElement.GetRawText());
        }
        catch (JsonException e)
        {
            throw new HelmValuesException(e.Message);
        }

        var consumed = Encoding.UTF8.GetString(bytes, 0, (int)reader.BytesConsumed);
        _pos += consumed.EnumerateRunes().Count();
        EmptyValue();
        return value;
    }

    private static string GoTypeName(object? value) => value switch
    {
        string => "string",
        bool => "bool",
        long => "int64",
        double => "float64",
        List<object?> => "[]interface {}",
        Dictionary<string, object?> => "map[string]interface {}",
        _ => "nil",
    };
}
