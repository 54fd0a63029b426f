using GitOpsLint.Rendering.Kustomize.Nodes;
using GitOpsLint.Syntax;

namespace GitOpsLint.Rendering.Kustomize.Configuration;

/// <summary>
/// kustomize decodes kustomization.yaml through sigs.k8s.io/yaml, with YAML 1.1 typing, into Go structs: an unquoted
/// <c>yes</c>, <c>1.10</c> or <c>5</c> where a string is expected is an error there (<c>json: cannot unmarshal bool into Go
/// struct field Kustomization.commonLabels of type string</c>). This check reproduces that for the string fields that
/// hold such values most often.
/// </summary>
internal static class KustomizationTypeCheck
{
    private static readonly string[] StringFields = ["namePrefix", "nameSuffix", "namespace"];
    private static readonly string[] StringMapFields = ["commonLabels", "commonAnnotations"];
    private static readonly string[] ImageFields = ["name", "newName", "newTag", "digest"];

    public static void Check(KMapping root, string path)
    {
        foreach (var field in StringFields)
        {
            RequireString(root.Get(field), $"Kustomization.{field}", path);
        }

        foreach (var field in StringMapFields)
        {
            foreach (var entry in root.GetMapping(field)?.Entries ?? [])
            {
                RequireString(entry.Value, $"Kustomization.{field}", path);
            }
        }

        foreach (var image in root.GetSequence("images")?.Items.OfType<KMapping>() ?? [])
        {
            foreach (var field in ImageFields)
            {
                RequireString(image.Get(field), $"Image.images.{field}", path);
            }
        }

        foreach (var label in root.GetSequence("labels")?.Items.OfType<KMapping>() ?? [])
        {
            foreach (var entry in label.GetMapping("pairs")?.Entries ?? [])
            {
                RequireString(entry.Value, "Label.labels.pairs", path);
            }
        }

        foreach (var replica in root.GetSequence("replicas")?.Items.OfType<KMapping>() ?? [])
        {
            if (replica.Get("count") is KScalar count && JsonTypeOf(count) is not ("number" or "null"))
            {
                throw Mismatch(count, JsonTypeOf(count), "Replica.replicas.count", "int64", path);
            }
        }
    }

    private static void RequireString(KNode? node, string field, string path)
    {
        switch (node)
        {
            case null:
                return;
            case KMapping:
                throw Mismatch(node, "object", field, "string", path);
            case KSequence:
                throw Mismatch(node, "array", field, "string", path);
            case KScalar scalar when JsonTypeOf(scalar) is "number" or "bool":
                throw Mismatch(node, JsonTypeOf(scalar), field, "string", path);
        }
    }

    private static string JsonTypeOf(KScalar scalar)
    {
        if (scalar.Style != KScalarStyle.Plain || scalar.Tag is not null)
        {
            return "string";
        }

        return ScalarResolver.ResolvePlain(scalar.Value).Type switch
        {
            ScalarType.Null => "null",
            ScalarType.Bool => "bool",
            ScalarType.Int or ScalarType.Float => "number",
            _ => "string",
        };
    }

    private static BuildStop Mismatch(KNode node, string jsonType, string field, string goType, string path) =>
        BuildStop.At(node.Origin, path, $"invalid Kustomization: json: cannot unmarshal {jsonType} into Go struct field {field} of type {goType}", "quote the value: kustomize reads this file with YAML 1.1 rules, where yes, on, 1.10 and 5 are not strings");
}
