using GitOpsLint.Syntax;

namespace GitOpsLint.Model.Flux;

/// <summary>A Kustomization's <c>spec.postBuild</c>: inline variables and the ConfigMaps/Secrets variables come from.</summary>
internal sealed class FluxPostBuild(YamlMapping node)
{
    public YamlMapping Node { get; } = node;

    /// <summary>The <c>substitute</c> mapping (variable name → value), or null.</summary>
    public YamlMapping? Substitute => Node.GetMapping("substitute");

    public IReadOnlyList<SubstituteSource> SubstituteFrom { get; } = ReadSources(node.GetSequence("substituteFrom"));

    private static IReadOnlyList<SubstituteSource> ReadSources(YamlSequence? sequence)
    {
        var result = new List<SubstituteSource>();
        foreach (var item in sequence?.Items ?? [])
        {
            if (item is YamlMapping mapping && mapping.GetString("name") is { Length: > 0 } name)
            {
                result.Add(new SubstituteSource(mapping, mapping.GetString("kind") ?? string.Empty, name, mapping.GetValue("optional") is YamlScalar { Resolved.Value: true }));
            }
        }

        return result;
    }
}

/// <summary>An entry of <c>postBuild.substituteFrom</c>: a ConfigMap or Secret in the Kustomization's namespace.</summary>
internal sealed record SubstituteSource(YamlMapping Node, string Kind, string Name, bool Optional);
