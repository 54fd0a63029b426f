using GoTemplates.Sprig;

namespace GoTemplates.Tests.Sprig;

/// <summary>
/// Every Sprig golden case executed through the real template engine (<see cref="TemplateSet"/>) and compared
/// byte for byte with the oracle: the output, or the complete Go error message of the standalone render.
/// </summary>
public sealed class SprigEngineGoldenTests
{
    private const string FileName = "sprig/templates/case.yaml";

    /// <summary>Deliberate differences from the oracle, each with its reason.</summary>
    private static readonly Dictionary<string, string> KnownDifferences = new(StringComparer.Ordinal)
    {
        ["fromJson.types"] = "the oracle runs Helm's fromJson (always a map), which overrides Sprig's",
    };

    public static TheoryData<string> CaseNames() => SprigGoldenTests.CaseNames();

    [Theory]
    [MemberData(nameof(CaseNames))]
    public void MatchesOracleThroughTheEngine(string name)
    {
        if (KnownDifferences.ContainsKey(name)) return;
        var golden = SprigGoldenTests.LoadCases().Single(c => c.Name == name);
        var set = new TemplateSet(FileName).AddFunctions(SprigLibrary.Create(new SprigOptions { RandomSeed = 1 }));
        if (golden.Error is not null)
        {
            var error = Assert.ThrowsAny<TemplateException>(() =>
            {
                set.Parse(FileName, golden.Template);
                set.Execute(FileName, null);
            });
            Assert.Equal(golden.Error, error.Message);
            return;
        }
        set.Parse(FileName, golden.Template);
        Assert.Equal(golden.Output, set.Execute(FileName, null));
    }
}
