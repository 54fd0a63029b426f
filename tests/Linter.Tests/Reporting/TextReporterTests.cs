using GitOpsLint.Engine;
using GitOpsLint.Reporting;

namespace GitOpsLint.Tests.Reporting;

public sealed class TextReporterTests
{
    private static readonly LintResult Sample = SampleRepository.Lint();

    [Fact]
    public void MatchesGolden() => Golden.AssertMatches("sample.txt", SampleRepository.Render(new TextReporter(), SampleRepository.Context(Sample)));

    [Fact]
    public void ColourMatchesGolden() =>
        Golden.AssertMatches("sample.color.txt", SampleRepository.Render(new TextReporter(), SampleRepository.Context(Sample) with { UseColor = true }));

    [Fact]
    public void HasNoEscapeCodesWithoutColour() =>
        Assert.DoesNotContain('\e', SampleRepository.Render(new TextReporter(), SampleRepository.Context(Sample)));

    [Fact]
    public void UnderlinesTheSpanUnderTheSourceLine()
    {
        var lines = SampleRepository.Render(new TextReporter(), SampleRepository.Context(Sample)).Split('\n');
        var header = Array.FindIndex(lines, l => l.StartsWith("apps/web/deployment.yaml:6:13: error GOL101:", StringComparison.Ordinal));
        Assert.True(header >= 0, string.Join('\n', lines));
        Assert.Equal(" 6 |   replicas: three", lines[header + 1]);
        Assert.Equal("   |             ^~~~~", lines[header + 2]);
        Assert.Equal("    apps/web/kustomization.yaml:4:5: the kustomization that includes this file", lines[header + 3]);
    }

    [Fact]
    public void KeepsTabsInTheUnderlineSoItLinesUp()
    {
        var output = SampleRepository.Render(new TextReporter(), SampleRepository.Context(Sample with { Diagnostics = Sample.Diagnostics.Select(d => d with { Suppressions = [] }).ToArray() }));
        Assert.Contains(" 4 |   tag:\t\"1.0\"\t# pinned\n   |       \t^~~~~\n", output, StringComparison.Ordinal);
    }

    [Fact]
    public void CountsSuppressedFindingsWithoutShowingThem()
    {
        var output = SampleRepository.Render(new TextReporter(), SampleRepository.Context(Sample));
        Assert.DoesNotContain("GOL603", output, StringComparison.Ordinal);
        Assert.DoesNotContain("GOL604", output, StringComparison.Ordinal);
        Assert.EndsWith("2 errors, 1 warning, 2 notes in 2 files (2 suppressed)\n", output, StringComparison.Ordinal);
    }

    [Fact]
    public void SaysSoWhenThereIsNothing()
    {
        var output = SampleRepository.Render(new TextReporter(), new ReportContext(Sample with { Diagnostics = [] }, "1.0.0", 0));
        Assert.Equal("no problems found\n", output);
    }
}
