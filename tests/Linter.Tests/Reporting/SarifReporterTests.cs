using System.Text.Json;
using System.Text.Json.Nodes;
using GitOpsLint.Diagnostics;
using GitOpsLint.Engine;
using GitOpsLint.Reporting;

namespace GitOpsLint.Tests.Reporting;

public sealed class SarifReporterTests
{
    private static readonly LintResult Sample = SampleRepository.Lint();

    private static string Sarif(ReportContext? context = null) => SampleRepository.Render(new SarifReporter(), context ?? SampleRepository.Context(Sample));

    private static JsonElement Run(string sarif) => JsonDocument.Parse(sarif).RootElement.GetProperty("runs")[0];

    [Fact]
    public void MatchesGolden() => Golden.AssertMatches("sample.sarif", Sarif());

    [Fact]
    public void IsByteIdenticalAcrossRunsOfTheEngine() =>
        Assert.Equal(Sarif(), SampleRepository.Render(new SarifReporter(), SampleRepository.Context(SampleRepository.Lint())));

    [SarifSchemaFact]
    public void IsValidAgainstTheOfficialSchema()
    {
        var validator = SarifSchemaValidator.TryLoad()!;

        Assert.Empty(validator.Validate(Sarif()));
        Assert.Empty(validator.Validate(Sarif(SampleRepository.Context(Sample, root: null))));
    }

    [SarifSchemaTheory]
    [InlineData("version", "\"2.0.0\"")]
    [InlineData("level", "\"fatal\"")]
    [InlineData("startLine", "0")]
    [InlineData("uri", "\"not a uri\"")]
    public void SchemaCheckRejectsAnInvalidLog(string property, string badValue)
    {
        var validator = SarifSchemaValidator.TryLoad()!;
        var log = JsonNode.Parse(Sarif())!;
        var replaced = ReplaceFirst(log, property, JsonNode.Parse(badValue)!);
        Assert.True(replaced, $"no '{property}' in the log");
        var errors = validator.Validate(log.ToJsonString());
        Assert.Contains(errors, e => e.Contains("/" + property + ":", StringComparison.Ordinal));
    }

    [Fact]
    public void DescribesEveryRuleForCodeScanning()
    {
        var rules = Run(Sarif()).GetProperty("tool").GetProperty("driver").GetProperty("rules").EnumerateArray().ToArray();
        Assert.Equal(Sample.Rules.Select(r => r.Id), rules.Select(r => r.GetProperty("id").GetString()));
        foreach (var rule in rules)
        {
            Assert.NotEmpty(rule.GetProperty("shortDescription").GetProperty("text").GetString()!);
            Assert.NotEmpty(rule.GetProperty("fullDescription").GetProperty("text").GetString()!);
            Assert.NotEmpty(rule.GetProperty("help").GetProperty("text").GetString()!);
            Assert.NotEmpty(rule.GetProperty("help").GetProperty("markdown").GetString()!);
            var isSecurity = rule.GetProperty("id").GetString() == SampleRepository.PrivilegedContainer.Id;
            Assert.Equal(isSecurity, rule.GetProperty("properties").TryGetProperty("security-severity", out _));
        }

        var privileged = rules.Single(r => r.GetProperty("id").GetString() == "GOL501");
        Assert.Equal("8.1", privileged.GetProperty("properties").GetProperty("security-severity").GetString());
        Assert.Contains("security", privileged.GetProperty("properties").GetProperty("tags").EnumerateArray().Select(t => t.GetString()));
        Assert.Equal("PrivilegedContainer", privileged.GetProperty("name").GetString());
        var disabled = rules.Single(r => r.GetProperty("id").GetString() == "GOL102");
        Assert.False(disabled.GetProperty("defaultConfiguration").GetProperty("enabled").GetBoolean());
        var emptyDescription = rules.Single(r => r.GetProperty("id").GetString() == "GOL604");
        Assert.Equal("Image tag in values", emptyDescription.GetProperty("fullDescription").GetProperty("text").GetString());
    }

    [Fact]
    public void RegionsUseExclusiveEndColumnsOnTheRightText()
    {
        var run = Run(Sarif());
        var deployment = Sample.Repository.GetFile("apps/web/deployment.yaml")!.Yaml!.Text;
        var replicas = run.GetProperty("results").EnumerateArray().Single(r => r.GetProperty("ruleId").GetString() == "GOL101");
        var region = replicas.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("region");
        var line = deployment.GetLine(region.GetProperty("startLine").GetInt32());
        var start = region.GetProperty("startColumn").GetInt32();
        var end = region.GetProperty("endColumn").GetInt32();
        Assert.Equal("three", line[(start - 1)..(end - 1)]);
        Assert.Equal("three", region.GetProperty("snippet").GetProperty("text").GetString());
        Assert.Equal("GOL101", run.GetProperty("tool").GetProperty("driver").GetProperty("rules")[replicas.GetProperty("ruleIndex").GetInt32()].GetProperty("id").GetString());
    }

    [Fact]
    public void ResultsCarryLocationsFingerprintsFixesAndSuppressions()
    {
        var results = Run(Sarif()).GetProperty("results").EnumerateArray().ToDictionary(r => r.GetProperty("ruleId").GetString()!);
        var replicas = results["GOL101"];
        var physical = replicas.GetProperty("locations")[0].GetProperty("physicalLocation");
        Assert.Equal("apps/web/deployment.yaml", physical.GetProperty("artifactLocation").GetProperty("uri").GetString());
        Assert.Equal("%SRCROOT%", physical.GetProperty("artifactLocation").GetProperty("uriBaseId").GetString());
        Assert.Equal("/spec/replicas", replicas.GetProperty("locations")[0].GetProperty("logicalLocations")[0].GetProperty("fullyQualifiedName").GetString());
        var related = replicas.GetProperty("relatedLocations")[0];
        Assert.Equal(1, related.GetProperty("id").GetInt32());
        Assert.Equal("the kustomization that includes this file", related.GetProperty("message").GetProperty("text").GetString());
        var fingerprints = replicas.GetProperty("partialFingerprints");
        Assert.Equal(Sample.Diagnostics.Single(d => d.Id == "GOL101").Fingerprint, fingerprints.GetProperty(Fingerprints.Key).GetString());
        Assert.Matches("^[0-9a-f]+:[0-9]+$", fingerprints.GetProperty("primaryLocationLineHash").GetString()!);
        var replacement = replicas.GetProperty("fixes")[0].GetProperty("artifactChanges")[0].GetProperty("replacements")[0];
        Assert.Equal("3", replacement.GetProperty("insertedContent").GetProperty("text").GetString());

        var inline = results["GOL603"].GetProperty("suppressions")[0];
        Assert.Equal("inSource", inline.GetProperty("kind").GetString());
        Assert.Equal("accepted", inline.GetProperty("status").GetString());
        Assert.Equal("one replica is enough for the demo", inline.GetProperty("justification").GetString());
        Assert.Equal("external", results["GOL604"].GetProperty("suppressions")[0].GetProperty("kind").GetString());
        Assert.False(results.ContainsKey("GOL102"));
    }

    [Fact]
    public void RootIsAnEscapedFileUriOrOnlyDescribed()
    {
        var withRoot = Run(Sarif()).GetProperty("originalUriBaseIds").GetProperty("%SRCROOT%");
        Assert.Equal("file:///home/dev/my%20repo%231/", withRoot.GetProperty("uri").GetString());
        var withoutRoot = Run(Sarif(SampleRepository.Context(Sample, root: null))).GetProperty("originalUriBaseIds").GetProperty("%SRCROOT%");
        Assert.False(withoutRoot.TryGetProperty("uri", out _));
        Assert.NotEmpty(withoutRoot.GetProperty("description").GetProperty("text").GetString()!);
    }

    [Fact]
    public void InvocationReportsExitCodeAndNotificationsWithoutTimes()
    {
        var invocation = Run(Sarif()).GetProperty("invocations")[0];
        Assert.Equal(1, invocation.GetProperty("exitCode").GetInt32());
        Assert.True(invocation.GetProperty("executionSuccessful").GetBoolean());
        Assert.Contains("could not be rendered offline", invocation.GetProperty("toolExecutionNotifications")[0].GetProperty("message").GetProperty("text").GetString());
        Assert.False(invocation.TryGetProperty("startTimeUtc", out _));
        var failed = Run(Sarif(SampleRepository.Context(Sample) with { ExitCode = 2, ExecutionSuccessful = false })).GetProperty("invocations")[0];
        Assert.False(failed.GetProperty("executionSuccessful").GetBoolean());
    }

    [Fact]
    public void KeepsTheMostSevereResultsWithinTheResultLimitAndSaysSo()
    {
        var sarif = SampleRepository.Render(new SarifReporter(maxResults: 2, maxCompressedBytes: SarifReporter.GitHubMaxCompressedBytes), SampleRepository.Context(Sample));
        var run = Run(sarif);
        Assert.Equal(["GOL101", "GOL501"], run.GetProperty("results").EnumerateArray().Select(r => r.GetProperty("ruleId").GetString()).Order(StringComparer.Ordinal));
        var notifications = run.GetProperty("invocations")[0].GetProperty("toolExecutionNotifications").EnumerateArray().Select(n => n.GetProperty("message").GetProperty("text").GetString()).ToArray();
        Assert.Contains(notifications, n => n!.StartsWith($"{Sample.Diagnostics.Count - 2} of {Sample.Diagnostics.Count} findings were left out", StringComparison.Ordinal) && n.Contains("2 results per run", StringComparison.Ordinal));
    }

    [Fact]
    public void ShrinksToFitTheCompressedSizeLimit()
    {
        var full = Sarif();
        var limit = 3_000;
        var sarif = SampleRepository.Render(new SarifReporter(SarifReporter.GitHubMaxResults, limit), SampleRepository.Context(Sample));
        var results = Run(sarif).GetProperty("results").GetArrayLength();
        Assert.True(results < Sample.Diagnostics.Count, $"{results} results kept");
        Assert.Contains("gzipped SARIF per upload", sarif, StringComparison.Ordinal);
        Assert.True(full.Length > sarif.Length);
    }

    [Fact]
    public void EmptyRunStillListsRules()
    {
        var empty = Sample with { Diagnostics = [] };
        var run = Run(SampleRepository.Render(new SarifReporter(), SampleRepository.Context(empty)));
        Assert.Equal(0, run.GetProperty("results").GetArrayLength());
        Assert.Equal(Sample.Rules.Count, run.GetProperty("tool").GetProperty("driver").GetProperty("rules").GetArrayLength());
    }

    private static bool ReplaceFirst(JsonNode node, string property, JsonNode value)
    {
        switch (node)
        {
            case JsonObject obj:
                if (obj.ContainsKey(property))
                {
                    obj[property] = value;
                    return true;
                }

                return obj.Select(p => p.Value).OfType<JsonNode>().ToArray().Any(child => ReplaceFirst(child, property, value));
            case JsonArray array:
                return array.OfType<JsonNode>().ToArray().Any(child => ReplaceFirst(child, property, value));
            default:
                return false;
        }
    }
}
