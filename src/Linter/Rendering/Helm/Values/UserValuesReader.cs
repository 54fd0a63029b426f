using System.Text;
using GitOpsLint.Rendering.Helm.Loading;
using GitOpsLint.Rendering.Helm.Yaml;

namespace GitOpsLint.Rendering.Helm.Values;

/// <summary>
/// Builds the user-supplied values in Helm's order of precedence: value files in order (maps merge recursively,
/// anything else replaces) &lt; <c>--set-json</c> &lt; <c>--set</c> &lt; <c>--set-string</c> &lt; <c>--set-file</c>,
/// each flag kind applied in its own order as Helm does, not in command-line order.
/// </summary>
internal static class UserValuesReader
{
    internal static Dictionary<string, object?> Read(HelmRenderOptions options, IChartFileSource source)
    {
        var values = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var file in options.ValueFiles)
        {
            string text;
            try
            {
                text = Encoding.UTF8.GetString(source.ReadAllBytes(file));
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                throw new HelmValuesException($"open {file}: no such file or directory");
            }

            values = MergeMaps(values, ParseDocument(text, $"failed to parse {file}: "));
        }

        foreach (var document in options.ValueDocuments)
        {
            values = MergeMaps(values, ParseDocument(document, "failed to parse values: "));
        }

        foreach (var expression in options.SetJson)
        {
            try
            {
                StrvalsParser.ParseJsonInto(expression, values);
            }
            catch (HelmValuesException)
            {
                throw new HelmValuesException($"failed parsing --set-json data {expression}");
            }
        }

        Apply(options.Set, "--set", e => StrvalsParser.ParseInto(e, values, asString: false));
        Apply(options.SetString, "--set-string", e => StrvalsParser.ParseInto(e, values, asString: true));
        Apply(options.SetFile, "--set-file", e => StrvalsParser.ParseFileInto(e, values, path =>
        {
            try
            {
                return Encoding.UTF8.GetString(source.ReadAllBytes(path));
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                throw new HelmValuesException($"open {path}: no such file or directory");
            }
        }));
        return values;
    }

    private static void Apply(IReadOnlyList<string> expressions, string flag, Action<string> apply)
    {
        foreach (var expression in expressions)
        {
            try
            {
                apply(expression);
            }
            catch (HelmValuesException e)
            {
                throw new HelmValuesException($"failed parsing {flag} data: {e.Message}");
            }
        }
    }

    private static Dictionary<string, object?> ParseDocument(string text, string errorPrefix)
    {
        try
        {
            return GoYamlReader.Decode(text) switch
            {
                null => new Dictionary<string, object?>(StringComparer.Ordinal),
                Dictionary<string, object?> map => map,
                var other => throw new HelmValuesException(errorPrefix + GoStructDecoder.NotAnObject(other, "map[string]interface {}").Message),
            };
        }
        catch (GoYamlException e)
        {
            throw new HelmValuesException(errorPrefix + "error converting YAML to JSON: " + e.Message);
        }
    }

    /// <summary>The <c>-f</c> merge: maps merge recursively, everything else replaces.</summary>
    internal static Dictionary<string, object?> MergeMaps(Dictionary<string, object?> a, Dictionary<string, object?> b)
    {
        var result = new Dictionary<string, object?>(a, StringComparer.Ordinal);
        foreach (var (key, value) in b)
        {
            if (value is Dictionary<string, object?> valueMap && result.TryGetValue(key, out var current) && current is Dictionary<string, object?> currentMap)
            {
                result[key] = MergeMaps(currentMap, valueMap);
                continue;
            }

            result[key] = value;
        }

        return result;
    }
}
