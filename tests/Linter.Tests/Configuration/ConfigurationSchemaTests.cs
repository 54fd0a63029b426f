using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;

namespace GitOpsLint.Tests.Configuration;

/// <summary>The shipped schemas/gitopslint-config.schema.json accepts what the loader accepts and rejects typos, so editors complete and flag the same things.</summary>
public sealed class ConfigurationSchemaTests
{
    private static readonly Lazy<JsonSchema> Schema = new(() =>
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "GitOpsLint.sln")))
        {
            directory = directory.Parent;
        }

        return JsonSchema.FromText(File.ReadAllText(Path.Combine(directory!.FullName, "schemas", "gitopslint-config.schema.json")));
    });

    private static bool IsValid(string json)
    {
        using var document = JsonDocument.Parse(json);
        return Schema.Value.Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.Flag }).IsValid;
    }

    [Fact]
    public void AcceptsAFullConfiguration() => Assert.True(IsValid("""
        {
          "kubernetesVersion": "1.33",
          "exclude": ["vendor/**"],
          "rules": { "GOL003": "error", "GOL501": { "severity": "none", "options": { "x": 1 } } },
          "overrides": [ { "files": ["dev/**"], "rules": { "GOL003": "note" } } ],
          "ignore": [ { "rules": ["GOL601"], "kind": "Deployment", "reason": "r", "expires": "2030-01-01" } ]
        }
        """));

    [Theory]
    [InlineData("""{ "rulez": {} }""")]
    [InlineData("""{ "rules": { "GOL003": "loud" } }""")]
    [InlineData("""{ "rules": { "foo": "error" } }""")]
    [InlineData("""{ "kubernetesVersion": "1.x" }""")]
    [InlineData("""{ "ignore": [ { "expires": "next year" } ] }""")]
    [InlineData("""{ "overrides": [ { "rules": {} } ] }""")]
    public void RejectsMistakes(string json) => Assert.False(IsValid(json));
}
