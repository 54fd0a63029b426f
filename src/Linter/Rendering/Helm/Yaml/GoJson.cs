using System.Collections;
using System.Globalization;
using System.Text;
using System.Text.Json;
using GoTemplates.Runtime;

namespace GitOpsLint.Rendering.Helm.Yaml;

/// <summary>encoding/json as Helm's template functions use it, over the Go value representation of <see cref="GoType"/>.</summary>
internal static class GoJson
{
    /// <summary>json.Marshal: sorted keys, HTML-safe escaping, Go's float formatting, []byte as base64.</summary>
    internal static string Marshal(object? value)
    {
        var sb = new StringBuilder();
        Write(sb, Normalize(value));
        return sb.ToString();
    }

    /// <summary>
    /// What sigs.k8s.io/yaml's Marshal hands go-yaml: the value after json.Marshal and a YAML decode of that JSON,
    /// so numbers become integers when their JSON text is integral (float64 1000000 → 1000000) and floats otherwise.
    /// </summary>
    internal static object? ToYamlLevel(object? value) => ToYamlLevelNormalized(Normalize(value));

    /// <summary>json.Unmarshal into interface{}: numbers are float64.</summary>
    internal static object? Unmarshal(string text)
    {
        try
        {
            using var document = JsonDocument.Parse(text, new JsonDocumentOptions { MaxDepth = 10000 });
            return FromElement(document.RootElement);
        }
        catch (JsonException e)
        {
            throw new GoJsonException(TranslateError(e, text));
        }
    }

    /// <summary>Reduces any supported value to maps, lists, strings, bools, long/ulong/double/float and null; fails like json.Marshal on what Go cannot encode.</summary>
    private static object? Normalize(object? value) => value switch
    {
        null => null,
        string or bool => value,
        byte[] bytes => Convert.ToBase64String(bytes),
        nint n => (long)n,
        long or ulong => value,
        int i => (long)i,
        short s => (long)s,
        sbyte sb => (long)sb,
        nuint nu => (ulong)nu,
        uint ui => (ulong)ui,
        ushort us => (ulong)us,
        byte b => (ulong)b,
        double d when double.IsNaN(d) || double.IsInfinity(d) => throw new GoJsonException("json: unsupported value: " + GoFloatFormatter.Format(d)),
        double => value,
        float f when float.IsNaN(f) || float.IsInfinity(f) => throw new GoJsonException("json: unsupported value: " + GoFloatFormatter.Format(f)),
        float f => f,
        IJsonMarshaler marshaler => Normalize(marshaler.ToJsonValue()),
        IDictionary dictionary => NormalizeMap(dictionary),
        IEnumerable enumerable => enumerable.Cast<object?>().Select(Normalize).ToList(),
        IGoObject goObject => throw new GoJsonException($"json: unsupported type: {goObject.Type.Name}"),
        _ => throw new GoJsonException($"json: unsupported type: {value.GetType().Name}"),
    };

    private static Dictionary<string, object?> NormalizeMap(IDictionary dictionary)
    {
        var result = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (DictionaryEntry entry in dictionary)
        {
            result[Convert.ToString(entry.Key, CultureInfo.InvariantCulture) ?? ""] = Normalize(entry.Value);
        }

        return result;
    }

    private static object? ToYamlLevelNormalized(object? value)
    {
        switch (value)
        {
            case Dictionary<string, object?> map:
                return map.ToDictionary(kv => kv.Key, kv => ToYamlLevelNormalized(kv.Value), StringComparer.Ordinal);
            case List<object?> list:
                return list.Select(ToYamlLevelNormalized).ToList();
            case double or float:
                var text = value is float f ? FormatJsonFloat32(f) : GoFloatFormatter.FormatJson((double)value);
                var (kind, resolved) = YamlScalarResolver.Resolve(text);
                return kind is YamlScalarResolver.Kind.Int or YamlScalarResolver.Kind.Float ? resolved : text;
            default:
                return value;
        }
    }

    private static string FormatJsonFloat32(float f) => GoFloatFormatter.FormatJson(double.Parse(f.ToString("R", CultureInfo.InvariantCulture), CultureInfo.InvariantCulture));

    private static void Write(StringBuilder sb, object? value)
    {
        switch (value)
        {
            case null:
                sb.Append("null");
                break;
            case bool b:
                sb.Append(b ? "true" : "false");
                break;
            case string s:
                WriteString(sb, s);
                break;
            case long l:
                sb.Append(l.ToString(CultureInfo.InvariantCulture));
                break;
            case ulong u:
                sb.Append(u.ToString(CultureInfo.InvariantCulture));
                break;
            case double d:
                sb.Append(GoFloatFormatter.FormatJson(d));
                break;
            case float f:
                sb.Append(FormatJsonFloat32(f));
                break;
            case Dictionary<string, object?> map:
                sb.Append('{');
                var first = true;
                foreach (var key in map.Keys.Order(StringComparer.Ordinal))
                {
                    if (!first)
                    {
                        sb.Append(',');
                    }

                    first = false;
                    WriteString(sb, key);
                    sb.Append(':');
                    Write(sb, map[key]);
                }

                sb.Append('}');
                break;
            case List<object?> list:
                sb.Append('[');
                for (var i = 0; i < list.Count; i++)
                {
                    if (i > 0)
                    {
                        sb.Append(',');
                    }

                    Write(sb, list[i]);
                }

                sb.Append(']');
                break;
        }
    }

    private static void WriteString(StringBuilder sb, string s)
    {
        sb.Append('"');
        foreach (var r in s.EnumerateRunes())
        {
            switch (r.Value)
            {
                case '"':
                    sb.Append("\\\"");
                    break;
                case '\\':
                    sb.Append("\\\\");
                    break;
                case '\n':
                    sb.Append("\\n");
                    break;
                case '\r':
                    sb.Append("\\r");
                    break;
                case '\t':
                    sb.Append("\\t");
                    break;
                case '<' or '>' or '&' or 0x2028 or 0x2029:
                    sb.Append("\\u").Append(r.Value.ToString("x4", CultureInfo.InvariantCulture));
                    break;
                case < 0x20:
                    sb.Append("\\u00").Append(r.Value.ToString("x2", CultureInfo.InvariantCulture));
                    break;
                default:
                    sb.Append(r.ToString());
                    break;
            }
        }

        sb.Append('"');
    }

    private static object? FromElement(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Object => element.EnumerateObject().Aggregate(
            new Dictionary<string, object?>(StringComparer.Ordinal),
            (map, property) =>
            {
                map[property.Name] = FromElement(property.Value);
                return map;
            }),
        JsonValueKind.Array => element.EnumerateArray().Select(FromElement).ToList(),
        JsonValueKind.String => element.GetString(),
        JsonValueKind.Number => element.GetDouble(),
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        _ => null,
    };

    private static string TranslateError(JsonException e, string text)
    {
        if (text.Trim().Length == 0)
        {
            return "unexpected end of JSON input";
        }

        var offset = (int)Math.Min(text.Length, (e.BytePositionInLine ?? 0) + LineStartOffset(text, (int)(e.LineNumber ?? 0)));
        if (offset >= text.Length)
        {
            return "unexpected end of JSON input";
        }

        var c = text[offset];
        return $"invalid character '{c}' looking for beginning of value";
    }

    private static int LineStartOffset(string text, int line)
    {
        var offset = 0;
        for (var i = 0; i < line; i++)
        {
            var next = text.IndexOf('\n', offset);
            if (next < 0)
            {
                return text.Length;
            }

            offset = next + 1;
        }

        return offset;
    }
}
