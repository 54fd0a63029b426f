using System.Text.Json.Nodes;
using GitOpsLint.Tests.Reporting;

namespace GitOpsLint.Tests.Schemas;

/// <summary>The Cel package compiles every CEL validation rule of the shipped CRDs (the reason it was chosen over an interpreter of our own).</summary>
public sealed class CelCoverageTests
{
    [Fact]
    public void EveryShippedValidationRuleCompiles()
    {
        var rules = new List<string>();
        foreach (var file in Directory.GetFiles(Path.Combine(TestPaths.RepositoryRoot, "schemas"), "*.json"))
        {
            Collect(JsonNode.Parse(File.ReadAllText(file), documentOptions: new System.Text.Json.JsonDocumentOptions { MaxDepth = 1024 }), rules);
        }

        var distinct = rules.Distinct(StringComparer.Ordinal).ToArray();
        var environment = new Cel.CelEnvironment(null!, string.Empty);
        var failures = distinct.Where(rule =>
        {
            try
            {
                environment.Compile(rule);
                return false;
            }
            catch (Exception)
            {
                return true;
            }
        }).ToArray();

        // 66 rules (39 distinct) in the shipped set when this test was written; all compile.
        Assert.InRange(rules.Count, 60, 10_000);
        Assert.Empty(failures);
    }

    private static void Collect(JsonNode? node, List<string> rules)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (key, value) in obj)
                {
                    if (key == "x-kubernetes-validations" && value is JsonArray list)
                    {
                        rules.AddRange(list.Select(r => r?["rule"]?.GetValue<string>()).OfType<string>());
                    }
                    else
                    {
                        Collect(value, rules);
                    }
                }

                break;
            case JsonArray array:
                foreach (var item in array)
                {
                    Collect(item, rules);
                }

                break;
        }
    }
}
