using GitOpsLint.Syntax;

namespace GitOpsLint.Schemas;

/// <summary>Validates one object (its YAML tree, read as the API server reads it) against a compiled kind schema.</summary>
internal static class ObjectValidator
{
    public static IReadOnlyList<SchemaViolation> Validate(YamlMapping root, CompiledKind compiled)
    {
        var instance = YamlToJson.ToElement(root, dropNullFields: true);
        var results = compiled.Evaluate(instance);
        return results is null ? [] : new ViolationTranslator(compiled, root).Translate(results);
    }
}
