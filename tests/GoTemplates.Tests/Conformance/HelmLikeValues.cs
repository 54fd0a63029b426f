using System.Text.Json;
using GoTemplates.Runtime;

namespace GoTemplates.Tests.Conformance;

/// <summary>Helm's chartutil.Values: a map[string]interface{} with its own type name.</summary>
public sealed class ChartValues : Dictionary<string, object?>, IGoNamedType
{
    private static readonly GoType ValuesType = GoType.Named("chartutil.Values", GoKind.Map);

    public ChartValues() : base(StringComparer.Ordinal)
    {
    }

    public GoType Type => ValuesType;
}

/// <summary>Builds the data Helm gives templates, typed as Helm types values: YAML/JSON numbers are float64, --set integers int64.</summary>
public static class HelmLikeValues
{
    public static ChartValues Root(string valuesJson, IEnumerable<string> setOptions)
    {
        using var document = JsonDocument.Parse(valuesJson);
        var values = new ChartValues();
        foreach (var property in document.RootElement.EnumerateObject()) values[property.Name] = Convert(property.Value);
        foreach (var option in setOptions)
        {
            int equals = option.IndexOf('=', StringComparison.Ordinal);
            values[option[..equals]] = SetValue(option[(equals + 1)..]);
        }
        var root = new ChartValues
        {
            ["Values"] = values,
            ["Release"] = new Dictionary<string, object?>(StringComparer.Ordinal)
            {
                ["Name"] = "t",
                ["Namespace"] = "default",
                ["Service"] = "Helm",
                ["IsInstall"] = true,
                ["IsUpgrade"] = false,
                ["Revision"] = (nint)1,
            },
            // The other render objects Helm provides; cases only rely on their presence (len of the root map).
            ["Chart"] = new Dictionary<string, object?>(StringComparer.Ordinal) { ["Name"] = "c", ["Version"] = "0.1.0" },
            ["Capabilities"] = new Dictionary<string, object?>(StringComparer.Ordinal),
            ["Template"] = new Dictionary<string, object?>(StringComparer.Ordinal) { ["Name"] = "c/templates/_case.tpl", ["BasePath"] = "c/templates" },
            ["Files"] = new Dictionary<string, object?>(StringComparer.Ordinal),
            ["Subcharts"] = new Dictionary<string, object?>(StringComparer.Ordinal),
        };
        return root;
    }

    /// <summary>Helm's --set typing for simple values: true/false, integers without a leading zero as int64, else string.</summary>
    private static object? SetValue(string text)
    {
        if (text.Equals("true", StringComparison.OrdinalIgnoreCase)) return true;
        if (text.Equals("false", StringComparison.OrdinalIgnoreCase)) return false;
        if (text.Equals("null", StringComparison.OrdinalIgnoreCase)) return null;
        if ((text == "0" || (text.Length > 0 && text[0] != '0')) && long.TryParse(text, System.Globalization.NumberStyles.AllowLeadingSign, System.Globalization.CultureInfo.InvariantCulture, out long n)) return n;
        return text;
    }

    public static object? Convert(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Object => ConvertObject(element),
        JsonValueKind.Array => ConvertArray(element),
        JsonValueKind.String => element.GetString(),
        JsonValueKind.Number => element.GetDouble(),
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        _ => null,
    };

    private static Dictionary<string, object?> ConvertObject(JsonElement element)
    {
        var map = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var property in element.EnumerateObject()) map[property.Name] = Convert(property.Value);
        return map;
    }

    private static List<object?> ConvertArray(JsonElement element)
    {
        var list = new List<object?>();
        foreach (var item in element.EnumerateArray()) list.Add(Convert(item));
        return list;
    }
}
