using System.Text.RegularExpressions;
using GitOpsLint.Engine;
using GitOpsLint.Reporting;

namespace GitOpsLint.Tests.Reporting;

public sealed class MsBuildReporterTests
{
    private static readonly LintResult Sample = SampleRepository.Lint();

    /// <summary>VS Code's built-in <c>$msCompile</c> pattern (src/vs/workbench/contrib/tasks/common/problemMatcher.ts).</summary>
    private static readonly Regex MsCompile = new(@"^(?:\s*\d+>)?(\S.*)\((\d+|\d+,\d+|\d+,\d+,\d+,\d+)\)\s*:\s+((?:fatal +)?error|warning|info)\s+(\w+\d+)\s*:\s*(.*)$");

    [Fact]
    public void MatchesGolden() => Golden.AssertMatches("sample.msbuild.txt", SampleRepository.Render(new MsBuildReporter(), SampleRepository.Context(Sample)));

    [Fact]
    public void EveryLineIsReadByTheMsCompileProblemMatcher()
    {
        var lines = SampleRepository.Render(new MsBuildReporter(), SampleRepository.Context(Sample)).TrimEnd('\n').Split('\n');
        Assert.Equal(Sample.Diagnostics.Count(d => !d.IsSuppressed), lines.Length);
        foreach (var line in lines)
        {
            var match = MsCompile.Match(line);
            Assert.True(match.Success, line);
            Assert.StartsWith("GOL", match.Groups[4].Value, StringComparison.Ordinal);
        }

        var replicas = MsCompile.Match(lines.Single(l => l.Contains("GOL101", StringComparison.Ordinal)));
        Assert.Equal("apps/web/deployment.yaml", replicas.Groups[1].Value);
        Assert.Equal("6,13,6,18", replicas.Groups[2].Value);
        Assert.Equal("error", replicas.Groups[3].Value);
        Assert.Contains(lines, l => MsCompile.Match(l).Groups[3].Value == "info");
        Assert.Contains(lines, l => MsCompile.Match(l).Groups[3].Value == "warning");
    }

    [Fact]
    public void AbsolutePathsWhenAskedAndTheRootIsKnown()
    {
        var absolute = SampleRepository.Render(new MsBuildReporter(), SampleRepository.Context(Sample) with { AbsolutePaths = true });
        Assert.StartsWith(Path.Join("/home/dev/my repo#1", "apps", "web", "deployment.yaml") + "(", absolute, StringComparison.Ordinal);
        var noRoot = SampleRepository.Render(new MsBuildReporter(), SampleRepository.Context(Sample, root: null) with { AbsolutePaths = true });
        Assert.StartsWith("apps/web/deployment.yaml(", noRoot, StringComparison.Ordinal);
    }
}
