using System.Text.Json;
using GoTemplates.Tests.Conformance;

namespace GoTemplates.Tests;

/// <summary>
/// plain-cases.txt against plain-goldens.json: Go's text/template without Helm (builtins only, the default
/// missingkey mode, nil data, the builtin slice that Helm's Sprig replaces), executed as template "plain".
/// </summary>
public sealed class PlainGoTemplateTests
{
    private static readonly Lazy<IReadOnlyList<ConformanceCase>> Cases = new(() => ConformanceCase.ReadAll(Path.Combine(RepositoryPaths.Fixtures, "plain-cases.txt")));

    private static readonly Lazy<Dictionary<string, (string Kind, string Text)>> Goldens = new(LoadGoldens);

    private static Dictionary<string, (string Kind, string Text)> LoadGoldens()
    {
        using var document = JsonDocument.Parse(File.ReadAllText(Path.Combine(RepositoryPaths.Fixtures, "plain-goldens.json")));
        var result = new Dictionary<string, (string, string)>(StringComparer.Ordinal);
        foreach (var entry in document.RootElement.GetProperty("cases").EnumerateArray())
        {
            foreach (var property in entry.GetProperty("result").EnumerateObject())
                result[entry.GetProperty("name").GetString()!] = (property.Name, property.Value.GetString()!);
        }
        return result;
    }

    public static TheoryData<string> CaseNames()
    {
        var data = new TheoryData<string>();
        foreach (var c in Cases.Value) data.Add(c.Name);
        return data;
    }

    [Theory]
    [MemberData(nameof(CaseNames))]
    public void MatchesGo(string name)
    {
        var c = Cases.Value.First(x => x.Name == name);
        var (kind, expected) = Goldens.Value[name];
        var mode = MissingKeyMode.Default;
        if (c.Options.Contains("missingkey=zero")) mode = MissingKeyMode.Zero;
        if (c.Options.Contains("missingkey=error")) mode = MissingKeyMode.Error;
        var set = new TemplateSet("plain", new TemplateOptions { MissingKey = mode });
        string actualKind, actual;
        try
        {
            set.Parse("plain", c.Body);
            using var document = JsonDocument.Parse(File.ReadAllText(Path.Combine(RepositoryPaths.Fixtures, "values.json")));
            var data = c.Options.Contains("nodata") ? null : HelmLikeValues.Convert(document.RootElement);
            (actualKind, actual) = ("output", set.Execute("plain", data));
        }
        catch (TemplateException e)
        {
            (actualKind, actual) = (kind == "parseError" ? "parseError" : "error", e.Message);
        }
        Assert.Equal(kind + ": " + expected, actualKind + ": " + actual);
    }
}
