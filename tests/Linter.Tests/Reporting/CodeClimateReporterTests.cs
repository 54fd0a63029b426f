using System.Text.Json;
using GitOpsLint.Diagnostics;
using GitOpsLint.Engine;
using GitOpsLint.Reporting;
using Json.Schema;

namespace GitOpsLint.Tests.Reporting;

public sealed class CodeClimateReporterTests
{
    private static readonly LintResult Sample = SampleRepository.Lint();

    private static string Report() => SampleRepository.Render(new CodeClimateReporter(), SampleRepository.Context(Sample));

    /// <summary>
    /// GitLab's documented format (docs.gitlab.com/ci/testing/code_quality, "Code Quality report format") written as a
    /// schema in tests/fixtures/reporting: required fields, their types, and the five severities.
    /// </summary>
    private static JsonSchema GitLabSchema() =>
        JsonSchema.FromText(File.ReadAllText(Path.Combine(TestPaths.ReportingFixtures, "gitlab-code-quality.schema.json")), new BuildOptions { SchemaRegistry = new SchemaRegistry() });

    [Fact]
    public void MatchesGolden() => Golden.AssertMatches("sample.codeclimate.json", Report());

    [Fact]
    public void FollowsGitLabsFormat()
    {
        using var report = JsonDocument.Parse(Report());
        Assert.True(GitLabSchema().Evaluate(report.RootElement).IsValid);
        Assert.Equal(Sample.Diagnostics.Count(d => !d.IsSuppressed), report.RootElement.GetArrayLength());
    }

    [Fact]
    public void SchemaRejectsWhatGitLabRejects()
    {
        var schema = GitLabSchema();
        using var wrongSeverity = JsonDocument.Parse(Report().Replace("\"major\"", "\"error\"", StringComparison.Ordinal));
        using var noLine = JsonDocument.Parse("""[{"description":"d","check_name":"c","fingerprint":"f","severity":"info","location":{"path":"p"}}]""");
        Assert.False(schema.Evaluate(wrongSeverity.RootElement).IsValid);
        Assert.False(schema.Evaluate(noLine.RootElement).IsValid);
    }

    [Fact]
    public void MatchesGitLabsDocumentedExampleShape()
    {
        using var report = JsonDocument.Parse(Report());
        var issue = report.RootElement.EnumerateArray().Single(i => i.GetProperty("check_name").GetString() == "GOL101");
        Assert.Equal("spec.replicas must be an integer, not \"three\"; write a number", issue.GetProperty("description").GetString());
        Assert.Equal("major", issue.GetProperty("severity").GetString());
        Assert.Equal("apps/web/deployment.yaml", issue.GetProperty("location").GetProperty("path").GetString());
        Assert.Equal(6, issue.GetProperty("location").GetProperty("lines").GetProperty("begin").GetInt32());
        Assert.Equal(Sample.Diagnostics.Single(d => d.Id == "GOL101").Fingerprint, issue.GetProperty("fingerprint").GetString());
        var fingerprints = report.RootElement.EnumerateArray().Select(i => i.GetProperty("fingerprint").GetString()).ToArray();
        Assert.Equal(fingerprints.Length, fingerprints.Distinct().Count());
    }

    [Theory]
    [InlineData(Severity.Note, null, "info")]
    [InlineData(Severity.Warning, 9.5, "minor")]
    [InlineData(Severity.Error, null, "major")]
    [InlineData(Severity.Error, 6.9, "major")]
    [InlineData(Severity.Error, 7.0, "critical")]
    [InlineData(Severity.Error, 9.0, "blocker")]
    public void MapsSeverities(Severity severity, double? securitySeverity, string expected)
    {
        var descriptor = SampleRepository.PrivilegedContainer with { SecuritySeverity = securitySeverity };
        var diagnostic = Diagnostic.Create(descriptor, Location.InFile("a.yaml"), "web") with { Severity = severity };
        Assert.Equal(expected, CodeClimateReporter.SeverityOf(diagnostic));
    }
}
