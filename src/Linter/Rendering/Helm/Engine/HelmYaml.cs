using GitOpsLint.Rendering.Helm.Yaml;

namespace GitOpsLint.Rendering.Helm.Engine;

/// <summary>Helm's YAML/JSON template functions, with Helm's way of reporting failures (inside the result, not as errors).</summary>
internal static class HelmYaml
{
    /// <summary><c>toYaml</c>: sigs.k8s.io/yaml Marshal minus one trailing newline; "" when the value cannot be marshalled.</summary>
    internal static string ToYaml(object? value)
    {
        try
        {
            var yaml = GoYamlEmitter.Emit(GoJson.ToYamlLevel(value));
            return yaml.EndsWith('\n') ? yaml[..^1] : yaml;
        }
        catch (GoJsonException)
        {
            return "";
        }
    }

    /// <summary>Helm 4's <c>mustToYaml</c>: like <c>toYaml</c> but marshalling errors are thrown.</summary>
    internal static string MustToYaml(object? value)
    {
        var yaml = GoYamlEmitter.Emit(GoJson.ToYamlLevel(value));
        return yaml.EndsWith('\n') ? yaml[..^1] : yaml;
    }

    /// <summary>
    /// <c>toYamlPretty</c>: yaml.v3 with indent 2, minus one trailing newline; "" on failure. Approximated with the
    /// go-yaml v2 emitter in yaml.v3's layout (indented sequences, no folding) over the JSON-normalised value.
    /// </summary>
    internal static string ToYamlPretty(object? value)
    {
        try
        {
            var yaml = GoYamlEmitter.EmitPretty(GoJson.ToYamlLevel(value));
            return yaml.EndsWith('\n') ? yaml[..^1] : yaml;
        }
        catch (GoJsonException)
        {
            return "";
        }
    }

    /// <summary><c>toJson</c>: "" when the value cannot be marshalled.</summary>
    internal static string ToJson(object? value)
    {
        try
        {
            return GoJson.Marshal(value);
        }
        catch (GoJsonException)
        {
            return "";
        }
    }

    /// <summary><c>fromYaml</c>: a map; on failure the map holds the error under "Error".</summary>
    internal static Dictionary<string, object?> FromYaml(string text)
    {
        try
        {
            return GoYamlReader.Decode(text) switch
            {
                null => [],
                Dictionary<string, object?> map => map,
                var other => ErrorMap("error unmarshaling JSON: while decoding JSON: json: cannot unmarshal " + JsonKind(other) + " into Go value of type map[string]interface {}"),
            };
        }
        catch (GoYamlException e)
        {
            return ErrorMap("error converting YAML to JSON: " + e.Message);
        }
    }

    /// <summary><c>fromYamlArray</c>: a list; on failure a list holding only the error text.</summary>
    internal static List<object?> FromYamlArray(string text)
    {
        try
        {
            return GoYamlReader.Decode(text) switch
            {
                null => [],
                List<object?> list => list,
                var other => ["error unmarshaling JSON: while decoding JSON: json: cannot unmarshal " + JsonKind(other) + " into Go value of type []interface {}"],
            };
        }
        catch (GoYamlException e)
        {
            return ["error converting YAML to JSON: " + e.Message];
        }
    }

    internal static Dictionary<string, object?> FromJson(string text)
    {
        try
        {
            return GoJson.Unmarshal(text) switch
            {
                null => [],
                Dictionary<string, object?> map => map,
                var other => ErrorMap("json: cannot unmarshal " + JsonKind(other) + " into Go value of type map[string]interface {}"),
            };
        }
        catch (GoJsonException e)
        {
            return ErrorMap(e.Message);
        }
    }

    internal static List<object?> FromJsonArray(string text)
    {
        try
        {
            return GoJson.Unmarshal(text) switch
            {
                null => [],
                List<object?> list => list,
                var other => ["json: cannot unmarshal " + JsonKind(other) + " into Go value of type []interface {}"],
            };
        }
        catch (GoJsonException e)
        {
            return [e.Message];
        }
    }

    private static Dictionary<string, object?> ErrorMap(string message) => new(StringComparer.Ordinal) { ["Error"] = message };

    private static string JsonKind(object? value) => value switch
    {
        List<object?> => "array",
        string => "string",
        bool => "bool",
        Dictionary<string, object?> => "object",
        _ => "number",
    };
}
