using GitOpsLint.Engine;
using GitOpsLint.Reporting;

namespace GitOpsLint.Tests.Reporting;

public sealed class GitHubReporterTests
{
    private static readonly LintResult Sample = SampleRepository.Lint();

    private static string[] Lines() => SampleRepository.Render(new GitHubReporter(), SampleRepository.Context(Sample)).TrimEnd('\n').Split('\n');

    [Fact]
    public void MatchesGolden() => Golden.AssertMatches("sample.github.txt", SampleRepository.Render(new GitHubReporter(), SampleRepository.Context(Sample)));

    [Theory]
    [InlineData("plain", "plain", "plain")]
    [InlineData("100% sure", "100%25 sure", "100%25 sure")]
    [InlineData("a\r\nb", "a%0D%0Ab", "a%0D%0Ab")]
    [InlineData("key: a, b", "key: a, b", "key%3A a%2C b")]
    public void EscapesLikeTheActionsToolkit(string value, string data, string property)
    {
        Assert.Equal(data, GitHubReporter.EscapeData(value));
        Assert.Equal(property, GitHubReporter.EscapeProperty(value));
    }

    [Fact]
    public void AnnotatesWithPositionTitleAndLevel()
    {
        var lines = Lines();
        Assert.Equal(Sample.Diagnostics.Count(d => !d.IsSuppressed), lines.Length);
        Assert.Contains("::error file=apps/web/deployment.yaml,line=6,col=13,endLine=6,endColumn=18,title=GOL101 Field has the wrong type::spec.replicas must be an integer, not \"three\"; write a number", lines);
        var image = lines.Single(l => l.Contains("GOL601", StringComparison.Ordinal));
        Assert.StartsWith("::warning ", image, StringComparison.Ordinal);
        Assert.Contains("so 100%25 of rollouts", image, StringComparison.Ordinal);
        Assert.Contains(lines, l => l.StartsWith("::notice ", StringComparison.Ordinal));
    }

    [Fact]
    public void MultiLineSpansHaveLinesOnlyAndMessagesStayOnOneLine()
    {
        var containers = Lines().Single(l => l.Contains("GOL602", StringComparison.Ordinal));
        Assert.DoesNotContain(",col=", containers, StringComparison.Ordinal);
        Assert.Contains(",endLine=", containers, StringComparison.Ordinal);
        Assert.EndsWith("::these containers set no resource limits%0Aadd resources.limits.memory", containers, StringComparison.Ordinal);
    }
}
