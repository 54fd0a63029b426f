using System.Text.Json;

namespace GoTemplates.Tests.Conformance;

/// <summary>The committed oracle results (goldens.json): per case an output, a Go error, or Helm's parse error line.</summary>
public sealed class GoldenSet
{
    private readonly Dictionary<string, JsonElement> _cases;

    private GoldenSet(Dictionary<string, JsonElement> cases) => _cases = cases;

    public static GoldenSet Load(string path)
    {
        using var document = JsonDocument.Parse(File.ReadAllText(path));
        var cases = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        foreach (var property in document.RootElement.GetProperty("cases").EnumerateObject())
            cases[property.Name] = property.Value.Clone();
        return new GoldenSet(cases);
    }

    public bool Contains(string name) => _cases.ContainsKey(name);

    /// <summary>(kind, text): kind is "output", "error" or "helmParseError" (the first entry of the case).</summary>
    public (string Kind, string Text) Get(string name)
    {
        foreach (var property in _cases[name].EnumerateObject()) return (property.Name, property.Value.GetString()!);
        throw new InvalidOperationException("empty golden for " + name);
    }

    /// <summary>Go's exact parse error for the case parsed as "gotpl" (recorded through Helm's tpl), if it fails to parse.</summary>
    public string? ExactParseError(string name) =>
        _cases[name].TryGetProperty("parseError", out var value) ? value.GetString() : null;
}
