using GitOpsLint.Rendering.Helm;
using GitOpsLint.Rendering.Helm.Loading;

namespace GitOpsLint.Tests.Rendering.Helm;

/// <summary>
/// Every case of tests/fixtures/charts/cases.txt rendered end to end by <see cref="HelmRenderer"/> and compared byte for
/// byte with the oracle's golden (stdout, then helm's <c>Error: ...</c> text).
/// </summary>
public class ChartGoldenTests
{
    public static TheoryData<string> Cases()
    {
        var data = new TheoryData<string>();
        foreach (var (id, _) in FixtureCases.Read())
        {
            data.Add(id);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void MatchesGolden(string id)
    {
        var (_, args) = FixtureCases.Read().Single(c => c.Id == id);
        var commandLine = HelmTemplateCommandLine.Parse(args);
        var result = HelmRenderer.Render(new DirectoryChartFileSource(FixtureCases.Root), commandLine.ChartPath, commandLine.Options);

        var expected = File.ReadAllText(Path.Combine(FixtureCases.Root, "expected", id + ".txt"));
        Assert.Equal(expected, result.CommandOutput(commandLine.Debug));
    }
}
