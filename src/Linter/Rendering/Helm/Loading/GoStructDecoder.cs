using System.Globalization;
using GitOpsLint.Rendering.Helm.Yaml;

namespace GitOpsLint.Rendering.Helm.Loading;

/// <summary>
/// The conversions sigs.k8s.io/yaml and encoding/json make when YAML is decoded into a Go struct field, with
/// Go's error wording (<c>json: cannot unmarshal array into Go struct field Metadata.name of type string</c>).
/// Input values are go-yaml level (long/double/bool/string/map/list), so numbers for string fields keep
/// sigs.k8s.io/yaml's formatting (<c>1.10</c> becomes "1.1").
/// </summary>
internal sealed class GoStructDecoder(string structName)
{
    private const string Prefix = "error unmarshaling JSON: while decoding JSON: ";

    /// <summary>Finds a key the way encoding/json matches struct fields: exact first, then case-insensitively.</summary>
    internal static bool TryGetField(Dictionary<string, object?> map, string jsonName, out object? value)
    {
        if (map.TryGetValue(jsonName, out value))
        {
            return true;
        }

        foreach (var (key, v) in map)
        {
            if (string.Equals(key, jsonName, StringComparison.OrdinalIgnoreCase))
            {
                value = v;
                return true;
            }
        }

        value = null;
        return false;
    }

    internal string String(object? value, string field) => value switch
    {
        null => "",
        string s => s,
        bool b => b ? "true" : "false",
        long l => l.ToString(CultureInfo.InvariantCulture),
        ulong u => u.ToString(CultureInfo.InvariantCulture),
        double d => GoFloatFormatter.FormatForStringField(d),
        _ => throw Mismatch(value, field, "string"),
    };

    internal bool Bool(object? value, string field) => value switch
    {
        null => false,
        bool b => b,
        _ => throw Mismatch(value, field, "bool"),
    };

    internal List<string> StringList(object? value, string field) => value switch
    {
        null => [],
        List<object?> list => list.Select(item => String(item, field)).ToList(),
        _ => throw Mismatch(value, field, "[]string"),
    };

    internal Dictionary<string, string>? StringMap(object? value, string field) => value switch
    {
        null => null,
        Dictionary<string, object?> map => map.ToDictionary(kv => kv.Key, kv => String(kv.Value, field), StringComparer.Ordinal),
        _ => throw Mismatch(value, field, "map[string]string"),
    };

    internal List<object?> List(object? value, string field, string goType) => value switch
    {
        null => [],
        List<object?> list => list,
        _ => throw Mismatch(value, field, goType),
    };

    internal Dictionary<string, object?>? Map(object? value, string field, string goType) => value switch
    {
        null => null,
        Dictionary<string, object?> map => map,
        _ => throw Mismatch(value, field, goType),
    };

    /// <summary>The error for a document that is not a mapping at all.</summary>
    internal static ChartLoadException NotAnObject(object? value, string goType) =>
        new(Prefix + $"json: cannot unmarshal {JsonKind(value)} into Go value of type {goType}");

    private ChartLoadException Mismatch(object? value, string field, string goType) =>
        new(Prefix + $"json: cannot unmarshal {JsonKind(value)} into Go struct field {structName}.{field} of type {goType}");

    private static string JsonKind(object? value) => value switch
    {
        Dictionary<string, object?> => "object",
        List<object?> => "array",
        string => "string",
        bool => "bool",
        null => "null",
        _ => "number",
    };
}
