using GitOpsLint.Model.References;
using GitOpsLint.Syntax;

namespace GitOpsLint.Model.ArgoCD;

/// <summary>A source's <c>helm:</c> section.</summary>
public sealed class HelmSourceOptions
{
    public HelmSourceOptions(YamlMapping node)
    {
        Node = node;
        ValueFiles = LocatedString.ListFrom(node, "valueFiles");
        Values = LocatedString.From(node, "values");
        ValuesObject = node.GetMapping("valuesObject");
        ReleaseName = LocatedString.From(node, "releaseName");
        IgnoreMissingValueFiles = LocatedString.From(node, "ignoreMissingValueFiles")?.AsBool == true;
        Parameters = (node.GetSequence("parameters")?.Items ?? []).OfType<YamlMapping>()
            .Select(p => new HelmParameter(p, LocatedString.From(p, "name"), LocatedString.From(p, "value"), LocatedString.From(p, "forceString")?.AsBool == true))
            .ToArray();
        FileParameters = (node.GetSequence("fileParameters")?.Items ?? []).OfType<YamlMapping>()
            .Select(p => new HelmFileParameter(p, LocatedString.From(p, "name"), LocatedString.From(p, "path")))
            .ToArray();
    }

    public YamlMapping Node { get; }

    public IReadOnlyList<LocatedString> ValueFiles { get; }

    /// <summary><c>values</c>: a block string of YAML.</summary>
    public LocatedString? Values { get; }

    public YamlMapping? ValuesObject { get; }

    public LocatedString? ReleaseName { get; }

    /// <summary>With <c>ignoreMissingValueFiles: true</c> Argo CD skips value files that do not exist instead of failing.</summary>
    public bool IgnoreMissingValueFiles { get; }

    public IReadOnlyList<HelmParameter> Parameters { get; }

    public IReadOnlyList<HelmFileParameter> FileParameters { get; }
}
