using GitOpsLint.Syntax;

namespace GitOpsLint.Schemas;

/// <summary>Validates one object (its YAML tree, read as the API server reads it) against a compiled kind schema.</summary>
internal static class ObjectValidator
{
    public static IReadOnlyList<SchemaViolation> Validate(YamlMapping root, CompiledKind compiled)
    {
        var instance = YamlToJson.ToElement(root, dropNullFields: true);
        var results = compiled.Evaluate(instance);
        var violations = results is null ? [] : new ViolationTranslator(compiled, root).Translate(results);

        // CEL rules assume a structurally valid object (the API server runs them after the schema checks).
        if (violations.Count == 0 && compiled.Rules is { } rules)
        {
            return rules.Check(root).ToArray();
        }

        return violations;
    }
}
