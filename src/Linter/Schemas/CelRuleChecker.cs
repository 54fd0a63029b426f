using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Cel;
using GitOpsLint.Syntax;

namespace GitOpsLint.Schemas;

/// <summary>
/// Evaluates a kind's CRD validation rules (<c>x-kubernetes-validations</c>, CEL) with the Cel package, the way the API
/// server does on create: each rule runs with <c>self</c> bound to the value at its level. Transition rules (those
/// reading <c>oldSelf</c>) do not apply to a new object and are skipped. A rule the evaluator cannot run on a value
/// (an unsupported function, a field the API server would have defaulted) is recorded as not evaluated, never
/// reported as a violation.
/// </summary>
internal sealed class CelRuleChecker
{
    private const int MaxDepth = 64;

    private readonly JsonObject schema;
    private readonly JsonObject definitions;
    private readonly CelEnvironment environment = new(null!, string.Empty);
    private readonly object compileLock = new();
    private readonly ConcurrentDictionary<string, CelProgramDelegate?> programs = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, string> unevaluated = new(StringComparer.Ordinal);

    private CelRuleChecker(JsonObject schema, JsonObject definitions)
    {
        this.schema = schema;
        this.definitions = definitions;
    }

    /// <summary>A checker for the kind, or null when its schema has no validation rules.</summary>
    public static CelRuleChecker? For(KindSchema kind, JsonObject definitions)
    {
        var reachable = SchemaWalker.ReachableDefinitions([kind.Schema], definitions);
        var hasRules = kind.Schema.ToJsonString(DeepJson.Options).Contains("\"x-kubernetes-validations\"", StringComparison.Ordinal)
            || reachable.Any(name => definitions[name]?.ToJsonString(DeepJson.Options).Contains("\"x-kubernetes-validations\"", StringComparison.Ordinal) == true);
        return hasRules ? new CelRuleChecker(kind.Schema, definitions) : null;
    }

    /// <summary>Rules that could not be evaluated so far in this run (rule → reason).</summary>
    public IReadOnlyDictionary<string, string> Unevaluated => unevaluated;

    public IEnumerable<SchemaViolation> Check(YamlNode instance)
    {
        var violations = new List<SchemaViolation>();
        Walk(schema, instance, 0, violations);
        return violations;
    }

    private void Walk(JsonObject current, YamlNode node, int depth, List<SchemaViolation> violations)
    {
        if (depth > MaxDepth)
        {
            return;
        }

        for (var hops = 0; hops < 16 && current["$ref"] is JsonValue reference && reference.TryGetValue<string>(out var target) && target.StartsWith("#/$defs/", StringComparison.Ordinal); hops++)
        {
            if (definitions[JsonPointer.Unescape(target["#/$defs/".Length..])] is not JsonObject resolved)
            {
                return;
            }

            current = resolved;
        }

        if (current["x-kubernetes-validations"] is JsonArray rules)
        {
            foreach (var rule in rules.OfType<JsonObject>())
            {
                Evaluate(rule, node, violations);
            }
        }

        switch (node)
        {
            case YamlMapping mapping:
                var properties = current["properties"] as JsonObject;
                var values = current["additionalProperties"] as JsonObject;
                foreach (var entry in mapping.Entries)
                {
                    if ((properties?[entry.KeyText] as JsonObject ?? values) is { } child)
                    {
                        Walk(child, entry.Value, depth + 1, violations);
                    }
                }

                break;
            case YamlSequence sequence when current["items"] is JsonObject items:
                foreach (var item in sequence.Items)
                {
                    Walk(items, item, depth + 1, violations);
                }

                break;
        }

        if (current["allOf"] is JsonArray parts)
        {
            foreach (var part in parts.OfType<JsonObject>())
            {
                Walk(part, node, depth + 1, violations);
            }
        }
    }

    private void Evaluate(JsonObject rule, YamlNode node, List<SchemaViolation> violations)
    {
        if (rule["rule"] is not JsonValue text || !text.TryGetValue<string>(out var expression) || expression.Contains("oldSelf", StringComparison.Ordinal))
        {
            return;
        }

        var program = programs.GetOrAdd(expression, Compile);
        if (program is null)
        {
            return;
        }

        object? result;
        try
        {
            result = program(new Dictionary<string, object?> { ["self"] = ToCel(node) });
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            unevaluated.TryAdd(expression, exception.Message);
            return;
        }

        if (result is not bool passed)
        {
            unevaluated.TryAdd(expression, "the rule did not give a boolean");
            return;
        }

        if (!passed)
        {
            var message = rule["message"] is JsonValue m && m.TryGetValue<string>(out var written) && written.Length > 0 ? written : $"failed rule: {expression}";
            var pointer = node.Pointer;
            if (rule["fieldPath"] is JsonValue f && f.TryGetValue<string>(out var fieldPath) && fieldPath.StartsWith('.'))
            {
                var extended = pointer + string.Concat(fieldPath[1..].Split('.').Select(part => "/" + JsonPointer.Escape(part)));
                pointer = node.Navigate(extended[pointer.Length..]) is not null ? extended : pointer;
            }

            var where = pointer.Length == 0 ? "the object" : $"`{JsonPointer.ToDotted(pointer)}`";
            violations.Add(new SchemaViolation(SchemaViolationKind.RuleViolation, pointer, $"{where}: {message.TrimEnd('.')} (CRD validation rule `{expression}`)"));
        }
    }

    private CelProgramDelegate? Compile(string expression)
    {
        try
        {
            lock (compileLock)
            {
                return environment.Compile(expression);
            }
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            unevaluated.TryAdd(expression, "does not compile: " + exception.Message);
            return null;
        }
    }

    /// <summary>A YAML value as CEL sees it: maps, lists, int64, double, string, bool; null fields are absent.</summary>
    private static object? ToCel(YamlNode node)
    {
        switch (node)
        {
            case YamlMapping mapping:
                var map = new Dictionary<string, object?>(StringComparer.Ordinal);
                foreach (var entry in mapping.Entries)
                {
                    if (entry.Value is not YamlScalar { IsNull: true })
                    {
                        map[entry.KeyText] = ToCel(entry.Value);
                    }
                }

                return map;
            case YamlSequence sequence:
                return sequence.Items.Select(ToCel).ToList();
            case YamlScalar scalar:
                return scalar.Resolved.Value;
            default:
                return null;
        }
    }
}
