using System.Text.Json;
using GitOpsLint.Engine;
using GitOpsLint.Reporting;

namespace GitOpsLint.Tests.Reporting;

public sealed class JsonReporterTests
{
    private static readonly LintResult Sample = SampleRepository.Lint();

    private static JsonElement Root() => JsonDocument.Parse(SampleRepository.Render(new JsonReporter(), SampleRepository.Context(Sample))).RootElement;

    [Fact]
    public void MatchesGolden() => Golden.AssertMatches("sample.json", SampleRepository.Render(new JsonReporter(), SampleRepository.Context(Sample)));

    [Fact]
    public void ListsEveryFindingWithItsFieldsAndTheRulesUsed()
    {
        var root = Root();
        Assert.Equal(1, root.GetProperty("version").GetInt32());
        var findings = root.GetProperty("findings").EnumerateArray().ToArray();
        Assert.Equal(Sample.Diagnostics.Select(d => d.Id), findings.Select(f => f.GetProperty("ruleId").GetString()));
        Assert.Equal(Sample.Diagnostics.Select(d => d.Fingerprint), findings.Select(f => f.GetProperty("fingerprint").GetString()));
        var replicas = findings.Single(f => f.GetProperty("ruleId").GetString() == "GOL101");
        Assert.Equal("/spec/replicas", replicas.GetProperty("pointer").GetString());
        Assert.Equal(13, replicas.GetProperty("span").GetProperty("start").GetProperty("column").GetInt32());
        Assert.Equal("integer", replicas.GetProperty("properties").GetProperty("expected").GetString());
        Assert.Equal("3", replicas.GetProperty("fix").GetProperty("edits")[0].GetProperty("newText").GetString());
        var baseline = findings.Single(f => f.GetProperty("ruleId").GetString() == "GOL604");
        Assert.True(baseline.GetProperty("suppressed").GetBoolean());
        Assert.Equal("baseline", baseline.GetProperty("suppressions")[0].GetProperty("kind").GetString());
        var usedRules = Sample.Diagnostics.Select(d => d.Id).Distinct().Order(StringComparer.Ordinal);
        Assert.Equal(usedRules, root.GetProperty("rules").EnumerateArray().Select(r => r.GetProperty("id").GetString()));
        Assert.Equal(2, root.GetProperty("summary").GetProperty("suppressed").GetInt32());
    }
}
