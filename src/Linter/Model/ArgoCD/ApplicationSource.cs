using GitOpsLint.Model.References;
using GitOpsLint.Syntax;

namespace GitOpsLint.Model.ArgoCD;

/// <summary>One Application source (<c>spec.source</c>, or an item of <c>spec.sources</c>).</summary>
public sealed class ApplicationSource
{
    public ApplicationSource(YamlMapping node, int? index)
    {
        Node = node;
        Index = index;
        RepoUrl = LocatedString.From(node, "repoURL");
        Path = LocatedString.From(node, "path");
        Chart = LocatedString.From(node, "chart");
        TargetRevision = LocatedString.From(node, "targetRevision");
        Ref = LocatedString.From(node, "ref");
        Helm = node.GetMapping("helm") is { } helm ? new HelmSourceOptions(helm) : null;
        Kustomize = node.GetMapping("kustomize");
        Directory = node.GetMapping("directory");
        Plugin = node.GetMapping("plugin");
    }

    public YamlMapping Node { get; }

    /// <summary>The position in <c>spec.sources</c>, or null for <c>spec.source</c>.</summary>
    public int? Index { get; }

    public LocatedString? RepoUrl { get; }

    public LocatedString? Path { get; }

    /// <summary>A chart name in a Helm repository (then <see cref="TargetRevision"/> is a chart version).</summary>
    public LocatedString? Chart { get; }

    public LocatedString? TargetRevision { get; }

    /// <summary>The name other sources use as <c>$name/...</c> to read files of this one (multi-source).</summary>
    public LocatedString? Ref { get; }

    public HelmSourceOptions? Helm { get; }

    public YamlMapping? Kustomize { get; }

    public YamlMapping? Directory { get; }

    public YamlMapping? Plugin { get; }

    /// <summary>Whether the source is a chart from a Helm (or OCI) repository rather than a git path.</summary>
    public bool IsHelmRepositoryChart => Chart is not null;

    /// <summary>"spec.source" or "spec.sources[1]", for messages.</summary>
    public string DisplayName => Index is { } i ? $"spec.sources[{i}]" : "spec.source";
}
