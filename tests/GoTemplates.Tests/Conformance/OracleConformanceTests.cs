using GoTemplates.Runtime;

namespace GoTemplates.Tests.Conformance;

/// <summary>
/// Every case of cases.txt, executed like Helm executes a chart template (missingkey=zero, or error with
/// "strict"), compared byte for byte with what the real Go text/template produced through the helm-oracle.
/// Cases that exercise features newer than the oracle's Go 1.19 are listed in <see cref="NewerGoCases"/>.
/// </summary>
public sealed class OracleConformanceTests
{
    private const string CaseTemplateName = "c/templates/_case.tpl";

    private static readonly Lazy<IReadOnlyList<ConformanceCase>> Cases = new(() => ConformanceCase.ReadAll(Path.Combine(RepositoryPaths.Fixtures, "cases.txt")));
    private static readonly Lazy<GoldenSet> Goldens = new(() => GoldenSet.Load(Path.Combine(RepositoryPaths.Fixtures, "goldens.json")));
    private static readonly Lazy<string> ValuesJson = new(() => File.ReadAllText(Path.Combine(RepositoryPaths.Fixtures, "values.json")));

    /// <summary>Cases where Go 1.23 (the target) and the oracle's Go 1.19 differ; Go 1.23's behaviour is tested in <see cref="NewerGoFeatureTests"/>.</summary>
    public static readonly IReadOnlySet<string> NewerGoCases = new HashSet<string>(StringComparer.Ordinal)
    {
        "range-int-unsupported-in-oracle-go",
        "parse-else-with-unsupported-in-oracle-go",
    };

    public static TheoryData<string> CaseNames()
    {
        var data = new TheoryData<string>();
        foreach (var c in Cases.Value) data.Add(c.Name);
        return data;
    }

    [Fact]
    public void EveryCaseHasAGolden()
    {
        var missing = new List<string>();
        foreach (var c in Cases.Value)
            if (!Goldens.Value.Contains(c.Name)) missing.Add(c.Name);
        Assert.Empty(missing);
        Assert.True(Cases.Value.Count >= 300, "expected at least 300 conformance cases, found " + Cases.Value.Count);
    }

    [Theory]
    [MemberData(nameof(CaseNames))]
    public void MatchesOracle(string name)
    {
        var c = Cases.Value.First(x => x.Name == name);
        var (kind, expected) = Goldens.Value.Get(name);
        var (actualKind, actual) = Render(c);
        if (NewerGoCases.Contains(name))
        {
            // The oracle's Go 1.19 rejects the construct; Go 1.23 (and this implementation) renders it.
            Assert.NotEqual("output", kind);
            Assert.Equal("output", actualKind);
            return;
        }
        Assert.Equal(kind + ": " + expected, actualKind + ": " + actual);
        if (Goldens.Value.ExactParseError(name) is string exact)
        {
            var e = Assert.Throws<TemplateException>(() => new TemplateSet("gotpl").Parse("gotpl", c.Body));
            Assert.Equal(exact, e.Message);
        }
    }

    /// <summary>Renders a case the way the oracle's harness does; returns ("output"|"error"|"helmParseError", text).</summary>
    public static (string Kind, string Text) Render(ConformanceCase c)
    {
        bool strict = c.Options.Contains("strict");
        var sets = c.Options.Where(o => o.StartsWith("set:", StringComparison.Ordinal)).Select(o => o[4..]);
        var set = new TemplateSet("gotpl", new TemplateOptions { MissingKey = strict ? MissingKeyMode.Error : MissingKeyMode.Zero });
        try
        {
            set.Parse(CaseTemplateName, c.Body);
        }
        catch (TemplateException e)
        {
            return ("helmParseError", HelmParseError(e.Message));
        }
        try
        {
            return ("output", set.Execute(CaseTemplateName, HelmLikeValues.Root(ValuesJson.Value, sets)));
        }
        catch (TemplateException e)
        {
            return ("error", e.Message);
        }
    }

    /// <summary>Helm's cleanupParseError: keeps the location and the last ": "-separated part of Go's message.</summary>
    private static string HelmParseError(string goMessage)
    {
        var tokens = goMessage.Split(": ");
        if (tokens.Length == 1) return "parse error in (" + CaseTemplateName + "): " + goMessage;
        return "parse error at (" + tokens[1] + "): " + tokens[^1];
    }
}
