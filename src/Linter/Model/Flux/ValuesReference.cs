using GitOpsLint.Syntax;

namespace GitOpsLint.Model.Flux;

/// <summary>An entry of a HelmRelease's <c>valuesFrom</c>: a ConfigMap or Secret key merged into the values.</summary>
internal sealed record ValuesReference(YamlMapping Node, string Kind, string Name, string ValuesKey, string? TargetPath, bool Optional)
{
    public YamlScalar? NameNode => Node.GetValue("name") as YamlScalar;

    public static IReadOnlyList<ValuesReference> ReadAll(YamlSequence? valuesFrom)
    {
        var result = new List<ValuesReference>();
        foreach (var item in valuesFrom?.Items ?? [])
        {
            if (item is YamlMapping mapping && mapping.GetString("name") is { Length: > 0 } name)
            {
                var optional = mapping.GetValue("optional") is YamlScalar { Resolved.Value: true };
                result.Add(new ValuesReference(mapping, mapping.GetString("kind") ?? string.Empty, name, mapping.GetString("valuesKey") ?? "values.yaml", mapping.GetString("targetPath"), optional));
            }
        }

        return result;
    }
}
