using System.Globalization;
using System.Text.Json.Nodes;
using GitOpsLint.Configuration;
using GitOpsLint.Syntax;
using Json.Schema;

namespace GitOpsLint.Schemas;

/// <summary>
/// Turns the evaluator's results into findings a person can act on: each failing keyword becomes one
/// <see cref="SchemaViolation"/> naming the field path, what the schema expects and what was found.
/// </summary>
internal sealed class ViolationTranslator(CompiledKind compiled, YamlNode instance)
{
    private const int MaxViolations = 200;

    private readonly List<SchemaViolation> violations = [];

    public IReadOnlyList<SchemaViolation> Translate(EvaluationResults results)
    {
        Visit(results);
        return violations
            .DistinctBy(v => (v.Kind, v.Pointer, v.Message))
            .ToArray();
    }

    private void Visit(EvaluationResults node)
    {
        if (node.IsValid || violations.Count >= MaxViolations)
        {
            return;
        }

        var evaluationPath = Tokens(node.EvaluationPath.ToString());
        var instancePointer = node.InstanceLocation.ToString();
        if (node.Errors is { Count: > 0 } errors)
        {
            var schema = compiled.SchemaAt(evaluationPath);
            foreach (var (keyword, message) in errors)
            {
                Translate(keyword, message, schema, evaluationPath, instancePointer);
            }
        }

        if (node.Details is not { Count: > 0 } details)
        {
            return;
        }

        var branches = details.Where(IsBranch).ToArray();
        if (branches.Length > 0 && branches.All(b => !b.IsValid))
        {
            TranslateAlternatives(instancePointer, branches);
        }

        foreach (var child in details)
        {
            if (!IsBranch(child))
            {
                Visit(child);
            }
        }
    }

    private static bool IsBranch(EvaluationResults child)
    {
        var tokens = Tokens(child.EvaluationPath.ToString());
        return tokens.Count >= 2 && tokens[^2] is "anyOf" or "oneOf";
    }

    private void Translate(string keyword, string fallback, JsonObject? schema, IReadOnlyList<string> evaluationPath, string pointer)
    {
        var node = instance.Navigate(pointer);
        var path = Display(pointer);
        switch (keyword)
        {
            case "" when evaluationPath.Count > 0 && evaluationPath[^1] == "additionalProperties":
                UnknownField(pointer, evaluationPath);
                break;
            case "type":
                Add(SchemaViolationKind.WrongType, pointer, TypeMessage(path, schema?["type"], node));
                break;
            case "required":
                var present = node is YamlMapping mapping ? mapping : null;
                foreach (var name in (schema?["required"] as JsonArray ?? []).Select(n => n?.GetValue<string>()).OfType<string>())
                {
                    if (present is null || !present.ContainsKey(name) || present.GetValue(name) is YamlScalar { IsNull: true })
                    {
                        var where = pointer.Length == 0 ? "the object" : $"`{path}`";
                        Add(SchemaViolationKind.MissingRequired, pointer, $"{where} is missing the required field `{name}`; add it");
                    }
                }

                break;
            case "enum":
                var allowed = (schema?["enum"] as JsonArray ?? []).Select(Literal).ToArray();
                Add(SchemaViolationKind.InvalidValue, pointer, $"`{path}` is {Show(node)}, which is not allowed; use one of: {string.Join(", ", allowed.Take(20))}{(allowed.Length > 20 ? ", ..." : string.Empty)}"
                    + Suggestion(node, allowed));
                break;
            case "const":
                Add(SchemaViolationKind.InvalidValue, pointer, $"`{path}` is {Show(node)}; it must be {Literal(schema?["const"])}");
                break;
            case "pattern":
                Add(SchemaViolationKind.InvalidValue, pointer, $"`{path}` is {Show(node)}, which does not match the pattern `{schema?["pattern"]}`");
                break;
            case "format":
                Add(SchemaViolationKind.InvalidValue, pointer, $"`{path}` is {Show(node)}, which is not a valid {schema?["format"]}");
                break;
            case "minimum" or "maximum" or "exclusiveMinimum" or "exclusiveMaximum" or "multipleOf":
                var words = keyword switch
                {
                    "minimum" => "at least",
                    "maximum" => "at most",
                    "exclusiveMinimum" => "greater than",
                    "exclusiveMaximum" => "less than",
                    _ => "a multiple of",
                };
                Add(SchemaViolationKind.InvalidValue, pointer, $"`{path}` is {Show(node)}; it must be {words} {schema?[keyword]}");
                break;
            case "minLength" or "maxLength":
                Add(SchemaViolationKind.InvalidValue, pointer, $"`{path}` is {Show(node)} ({(node as YamlScalar)?.Value.Length} characters); it must have {(keyword == "minLength" ? "at least" : "at most")} {schema?[keyword]} characters");
                break;
            case "minItems" or "maxItems":
                Add(SchemaViolationKind.InvalidValue, pointer, $"`{path}` has {(node as YamlSequence)?.Items.Count} items; it must have {(keyword == "minItems" ? "at least" : "at most")} {schema?[keyword]}");
                break;
            case "minProperties" or "maxProperties":
                Add(SchemaViolationKind.InvalidValue, pointer, $"`{path}` has {(node as YamlMapping)?.Entries.Count} entries; it must have {(keyword == "minProperties" ? "at least" : "at most")} {schema?[keyword]}");
                break;
            case "uniqueItems":
                Add(SchemaViolationKind.InvalidValue, pointer, $"`{path}` has duplicate items; each item must be unique");
                break;
            case "oneOf":
                Add(SchemaViolationKind.InvalidValue, pointer, $"`{path}` matches more than one of the allowed forms; keep the fields of only one");
                break;
            case "not":
                Add(SchemaViolationKind.InvalidValue, pointer, $"`{path}` has a combination of fields the schema forbids");
                break;
            default:
                Add(SchemaViolationKind.InvalidValue, pointer, $"`{path}`: {fallback}");
                break;
        }
    }

    private void UnknownField(string pointer, IReadOnlyList<string> evaluationPath)
    {
        var tokens = JsonPointer.Split(pointer).ToArray();
        var name = tokens.Length > 0 ? tokens[^1] : string.Empty;
        var parentPointer = pointer[..pointer.LastIndexOf('/')];
        var parentPath = Display(parentPointer);
        var where = parentPointer.Length == 0 ? "at the top level" : $"in `{parentPath}`";
        var parentSchema = compiled.SchemaAt(evaluationPath.Take(evaluationPath.Count - 1));
        var allowed = parentSchema is null ? [] : SchemaNavigator.PropertyNames(compiled.Document, parentSchema).ToArray();

        var closest = Closest(name, allowed);
        if (closest.Count > 0)
        {
            Add(new SchemaViolation(SchemaViolationKind.UnknownField, pointer, $"`{name}` is not allowed {where}; did you mean `{string.Join("` or `", closest)}`?")
            {
                Rename = closest.Count == 1 ? closest[0] : null,
            });
            return;
        }

        if (BestHome(name, SchemaPath(parentPointer)) is { } home)
        {
            var homeText = home.Length == 0 ? "at the top level" : $"in `{home}`";
            Add(SchemaViolationKind.UnknownField, pointer, $"`{name}` is not allowed {where}; it belongs {homeText}");
            return;
        }

        var list = allowed.Length == 0 ? "no fields are allowed here" : "allowed fields: " + string.Join(", ", allowed.Take(12)) + (allowed.Length > 12 ? ", ..." : string.Empty);
        Add(SchemaViolationKind.UnknownField, pointer, $"`{name}` is not allowed {where}; {list}");
    }

    /// <summary>The allowed names nearest to <paramref name="name"/> by edit distance, when close enough to be a typo.</summary>
    private static List<string> Closest(string name, IReadOnlyList<string> allowed)
    {
        var best = int.MaxValue;
        var result = new List<string>();
        foreach (var candidate in allowed)
        {
            var distance = EditDistance.Between(name.ToLowerInvariant(), candidate.ToLowerInvariant());
            if (distance < best)
            {
                best = distance;
                result.Clear();
            }

            if (distance == best)
            {
                result.Add(candidate);
            }
        }

        // Short names are too close to everything: "b" is one edit from "a". Only case differences count for them.
        var limit = name.Length < 3 ? 0 : Math.Max(1, Math.Min(3, name.Length / 3));
        return best <= limit ? result : [];
    }

    /// <summary>Where else in the schema a field of that name is allowed, preferring the nearest enclosing level.</summary>
    private string? BestHome(string name, string parentPath)
    {
        var parents = compiled.Fields.ParentsOf(name);
        string? best = null;
        var bestScore = (Ancestor: false, Common: -1, Length: int.MaxValue);
        foreach (var candidate in parents.Distinct(StringComparer.Ordinal))
        {
            if (candidate == parentPath)
            {
                continue;
            }

            var ancestor = candidate.Length == 0 || parentPath.StartsWith(candidate + ".", StringComparison.Ordinal) || parentPath.StartsWith(candidate + "[", StringComparison.Ordinal);
            var common = CommonPrefixSegments(candidate, parentPath);
            var score = (ancestor, common, candidate.Length);
            if (best is null || score.ancestor && !bestScore.Ancestor
                || score.ancestor == bestScore.Ancestor && (common > bestScore.Common || common == bestScore.Common && candidate.Length < bestScore.Length))
            {
                best = candidate;
                bestScore = score;
            }
        }

        // Far-away homes ("name" exists everywhere) are noise: only an enclosing level, or a sibling of the level
        // written (same parent), is a likely misplacement.
        if (best is null)
        {
            return null;
        }

        var depth = parentPath.Split('.').Length;
        var sibling = best.Split('.').Length == depth && bestScore.Common == depth - 1 && depth > 1;
        return bestScore.Ancestor || sibling ? best.Replace(".*", ".<key>", StringComparison.Ordinal) : null;
    }

    private static int CommonPrefixSegments(string a, string b)
    {
        var left = a.Split('.');
        var right = b.Split('.');
        var count = 0;
        while (count < left.Length && count < right.Length && left[count] == right[count] && left[count].Length > 0)
        {
            count++;
        }

        return count;
    }

    /// <summary>The instance pointer in the index's path form: <c>/spec/containers/0</c> → <c>spec.containers[]</c>.</summary>
    private string SchemaPath(string pointer)
    {
        var builder = new System.Text.StringBuilder();
        YamlNode? current = instance;
        foreach (var token in JsonPointer.Split(pointer))
        {
            if (current is YamlSequence sequence)
            {
                builder.Append("[]");
                current = int.TryParse(token, NumberStyles.None, CultureInfo.InvariantCulture, out var index) && index < sequence.Items.Count ? sequence.Items[index] : null;
            }
            else
            {
                if (builder.Length > 0)
                {
                    builder.Append('.');
                }

                builder.Append(token);
                current = (current as YamlMapping)?.GetValue(token);
            }
        }

        return builder.ToString();
    }

    private void TranslateAlternatives(string pointer, IReadOnlyList<EvaluationResults> branches)
    {
        var path = Display(pointer);
        var node = instance.Navigate(pointer);
        var branchErrors = branches.Select(b => Flatten(b).ToArray()).ToArray();
        if (branchErrors.All(e => e.Length == 1 && e[0].Keyword == "type" && e[0].Pointer == pointer))
        {
            var expected = new JsonArray(branchErrors.Select(e => (JsonNode?)e[0].Schema?["type"]?.DeepClone()).ToArray());
            Add(SchemaViolationKind.WrongType, pointer, TypeMessage(path, expected, node));
            return;
        }

        if (branchErrors.All(e => e.Length > 0 && e.All(x => x.Keyword == "required")))
        {
            var choices = branchErrors.Select(e => string.Join(" and ", e.SelectMany(x => MissingNames(x)).Distinct().Select(n => $"`{n}`"))).Distinct().ToArray();
            var where = pointer.Length == 0 ? "the object" : $"`{path}`";
            Add(SchemaViolationKind.MissingRequired, pointer, $"{where} needs one of: {string.Join(", ", choices)}; add one");
            return;
        }

        var inner = branches.Select(b =>
        {
            var nested = new ViolationTranslator(compiled, instance);
            return nested.Translate(b).FirstOrDefault()?.Message;
        }).OfType<string>().Distinct().Take(3).ToArray();
        Add(SchemaViolationKind.InvalidValue, pointer, $"`{path}` matches none of the allowed forms: {string.Join(" | ", inner)}");
    }

    private IEnumerable<string> MissingNames((string Keyword, string Pointer, JsonObject? Schema) error)
    {
        var mapping = instance.Navigate(error.Pointer) as YamlMapping;
        return (error.Schema?["required"] as JsonArray ?? []).Select(n => n?.GetValue<string>()).OfType<string>().Where(n => mapping is null || !mapping.ContainsKey(n));
    }

    private IEnumerable<(string Keyword, string Pointer, JsonObject? Schema)> Flatten(EvaluationResults node)
    {
        if (node.IsValid)
        {
            yield break;
        }

        if (node.Errors is { Count: > 0 } errors)
        {
            var schema = compiled.SchemaAt(Tokens(node.EvaluationPath.ToString()));
            foreach (var keyword in errors.Keys)
            {
                yield return (keyword, node.InstanceLocation.ToString(), schema);
            }
        }

        foreach (var child in node.Details ?? [])
        {
            foreach (var item in Flatten(child))
            {
                yield return item;
            }
        }
    }

    private static string TypeMessage(string path, JsonNode? expectedNode, YamlNode? found)
    {
        var expected = ExpectedTypes(expectedNode).Where(t => t != "null").Distinct().ToArray();
        var expectedText = expected.Length == 0 ? "another type" : string.Join(" or ", expected.Select(Article));
        var message = $"`{path}` must be {expectedText}, found {Show(found)}";
        var hint = Hint(expected, found);
        return hint is null ? message : message + "; " + hint;
    }

    private static IEnumerable<string> ExpectedTypes(JsonNode? node) => node switch
    {
        JsonValue value when value.TryGetValue<string>(out var text) => [text],
        JsonArray array => array.SelectMany(ExpectedTypes),
        _ => [],
    };

    private static string Article(string type) => type switch
    {
        "object" => "a mapping",
        "array" => "a list",
        "integer" => "an integer",
        "number" => "a number",
        "boolean" => "a boolean",
        "string" => "a string",
        _ => type,
    };

    private static string? Hint(IReadOnlyList<string> expected, YamlNode? found)
    {
        if (found is YamlScalar scalar)
        {
            var resolved = scalar.Resolved;
            if (expected.Contains("string") && resolved.Type is ScalarType.Bool or ScalarType.Int or ScalarType.Float)
            {
                return $"quote it (\"{scalar.Value}\") to keep it text";
            }

            if (resolved.Type == ScalarType.String && (expected.Contains("integer") || expected.Contains("number"))
                && double.TryParse(scalar.Value, NumberStyles.Float, CultureInfo.InvariantCulture, out _))
            {
                return "remove the quotes to make it a number";
            }

            if (resolved.Type == ScalarType.String && expected.Contains("boolean") && scalar.Value is "true" or "false")
            {
                return "remove the quotes to make it a boolean";
            }
        }

        if (found is YamlMapping && expected.Contains("string"))
        {
            return "nested mappings are not allowed here: write a single text value";
        }

        if (expected.Contains("array") && found is not YamlSequence)
        {
            return "write it as a list (`- item`)";
        }

        if (expected.Contains("object") && found is not YamlMapping)
        {
            return "write it as a mapping (`key: value`)";
        }

        return null;
    }

    private static string Show(YamlNode? node) => node switch
    {
        YamlMapping => "a mapping",
        YamlSequence => "a list",
        YamlScalar scalar => scalar.Resolved.Type switch
        {
            ScalarType.Null => "null",
            ScalarType.Bool => $"the boolean `{scalar.Value}`",
            ScalarType.Int => $"the integer `{scalar.Value}`",
            ScalarType.Float => $"the number `{scalar.Value}`",
            _ => $"the string \"{Shorten(scalar.Value)}\"",
        },
        _ => "nothing",
    };

    private static string Shorten(string text) => text.Length <= 60 ? text.ReplaceLineEndings("\\n") : text[..57].ReplaceLineEndings("\\n") + "...";

    private static string Literal(JsonNode? value) => value switch
    {
        null => "null",
        JsonValue v when v.TryGetValue<string>(out var text) => $"\"{text}\"",
        _ => value.ToJsonString(),
    };

    private static string Suggestion(YamlNode? node, IReadOnlyList<string> allowed)
    {
        if (node is not YamlScalar scalar)
        {
            return string.Empty;
        }

        var match = allowed.FirstOrDefault(a => string.Equals(a.Trim('"'), scalar.Value, StringComparison.OrdinalIgnoreCase));
        return match is null ? string.Empty : $" (did you mean {match}? values are case-sensitive)";
    }

    private static string Display(string pointer) => pointer.Length == 0 ? "(object)" : JsonPointer.ToDotted(pointer);

    private static IReadOnlyList<string> Tokens(string pointer) => JsonPointer.Split(pointer).ToArray();

    private void Add(SchemaViolationKind kind, string pointer, string message) => Add(new SchemaViolation(kind, pointer, message));

    private void Add(SchemaViolation violation)
    {
        if (violations.Count < MaxViolations)
        {
            violations.Add(violation);
        }
    }
}
