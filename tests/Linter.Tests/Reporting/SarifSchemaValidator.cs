using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Json.Schema;

namespace GitOpsLint.Tests.Reporting;

/// <summary>
/// Validates SARIF against the official 2.1.0 schema with JsonSchema.Net 8. The schema is written in draft-04, which
/// JsonSchema.Net 8 does not implement; the only draft-04 construct it uses is the root <c>id</c> keyword (it has no
/// boolean <c>exclusiveMinimum</c>/<c>exclusiveMaximum</c>). Every <c>$ref</c> in it is local (<c>#/definitions/...</c>),
/// so the id can simply be dropped (JsonSchema.Net 8 refuses to register the schema under it), and the schema evaluated
/// as draft-07 gives the same verdicts. Formats (uri, uri-reference, date-time) are checked, not only annotated.
/// </summary>
internal sealed class SarifSchemaValidator
{
    private readonly JsonSchema schema;

    // Built once: building it takes a noticeable fraction of a second.
    private static readonly Lazy<SarifSchemaValidator?> Instance = new(Load);

    private SarifSchemaValidator(JsonSchema schema) => this.schema = schema;

    /// <summary>The validator, or null when the shared schema file is not there (a clone without ../shared).</summary>
    public static SarifSchemaValidator? TryLoad() => Instance.Value;

    private static SarifSchemaValidator? Load()
    {
        if (!File.Exists(TestPaths.SarifSchema))
        {
            return null;
        }

        var node = JsonNode.Parse(File.ReadAllText(TestPaths.SarifSchema))!.AsObject();
        Assert.Equal("http://json-schema.org/draft-04/schema#", (string?)node["$schema"]);
        Assert.Equal(JsonValueKind.Undefined, FindBooleanExclusiveBounds(node));
        var references = Regex.Matches(node.ToJsonString(), "\"\\$ref\":\"([^\"]*)\"");
        Assert.NotEmpty(references);
        Assert.All(references, reference => Assert.StartsWith("#/", reference.Groups[1].Value, StringComparison.Ordinal));
        node.Remove("id");
        node["$schema"] = "http://json-schema.org/draft-07/schema#";
        var options = new BuildOptions { Dialect = Dialect.Draft07 };
        return new SarifSchemaValidator(JsonSchema.FromText(node.ToJsonString(), options));
    }

    /// <summary>The schema errors of <paramref name="json"/> as "instance path: message" lines; empty when valid.</summary>
    public IReadOnlyList<string> Validate(string json)
    {
        using var document = JsonDocument.Parse(json);
        var results = schema.Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List, RequireFormatValidation = true });
        if (results.IsValid)
        {
            return [];
        }

        var errors = (results.Details ?? []).Where(d => d.Errors is { Count: > 0 })
            .SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Key}: {e.Value}"))
            .ToList();
        return errors.Count > 0 ? errors : ["invalid (no details)"];
    }

    /// <summary>Draft-04's boolean exclusiveMinimum/Maximum would change meaning under draft-07; the SARIF schema has none.</summary>
    private static JsonValueKind FindBooleanExclusiveBounds(JsonNode node)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (key, value) in obj)
                {
                    if (key is "exclusiveMinimum" or "exclusiveMaximum" && value is JsonValue v && v.GetValueKind() is JsonValueKind.True or JsonValueKind.False)
                    {
                        return v.GetValueKind();
                    }

                    if (value is not null && FindBooleanExclusiveBounds(value) != JsonValueKind.Undefined)
                    {
                        return JsonValueKind.True;
                    }
                }

                break;
            case JsonArray array:
                foreach (var item in array)
                {
                    if (item is not null && FindBooleanExclusiveBounds(item) != JsonValueKind.Undefined)
                    {
                        return JsonValueKind.True;
                    }
                }

                break;
        }

        return JsonValueKind.Undefined;
    }
}
