using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;

namespace GitOpsLint.Schemas;

/// <summary>A kind's schema, compiled once and shared by every object of the kind (evaluation is thread-safe).</summary>
internal sealed class CompiledKind
{
    private static readonly EvaluationOptions FlagOptions = new() { OutputFormat = OutputFormat.Flag, RequireFormatValidation = true };
    private static readonly EvaluationOptions DetailOptions = new() { OutputFormat = OutputFormat.Hierarchical, RequireFormatValidation = true };

    private readonly JsonSchema schema;
    private readonly Lazy<FieldIndex> fields;

    public CompiledKind(KindSchema kind, JsonObject document, CelRuleChecker? rules = null)
    {
        Rules = rules;
        Kind = kind;
        Document = document;
        var options = new BuildOptions { SchemaRegistry = new SchemaRegistry() };
        var baseUri = new Uri($"https://schemas.gitopslint.invalid/{(kind.Group.Length == 0 ? "core" : kind.Group)}/{kind.Version}/{kind.Kind}.json");
        using var parsed = JsonDocument.Parse(document.ToJsonString(DeepJson.Options), new JsonDocumentOptions { MaxDepth = 1024 });
        schema = JsonSchema.Build(parsed.RootElement.Clone(), options, baseUri);
        fields = new Lazy<FieldIndex>(() => new FieldIndex(document), LazyThreadSafetyMode.ExecutionAndPublication);
    }

    public KindSchema Kind { get; }

    /// <summary>The kind's CEL validation rules, when it has any.</summary>
    public CelRuleChecker? Rules { get; }

    /// <summary>The validation document (the schema evaluated), for reading what a failing keyword required.</summary>
    public JsonObject Document { get; }

    /// <summary>Where each field name is allowed in the kind, for "it belongs in" suggestions.</summary>
    public FieldIndex Fields => fields.Value;

    /// <summary>Null when valid; else the hierarchical results (a second pass: most objects are valid, and the flag pass is cheap).</summary>
    public EvaluationResults? Evaluate(JsonElement instance)
    {
        if (schema.Evaluate(instance, FlagOptions).IsValid)
        {
            return null;
        }

        return schema.Evaluate(instance, DetailOptions);
    }

    /// <summary>The schema object at an evaluation path (following <c>$ref</c> tokens), or null.</summary>
    public JsonObject? SchemaAt(IEnumerable<string> evaluationPath) => SchemaNavigator.Follow(Document, Document, evaluationPath);
}
