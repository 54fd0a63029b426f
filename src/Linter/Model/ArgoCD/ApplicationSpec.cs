using GitOpsLint.Model.References;
using GitOpsLint.Syntax;

namespace GitOpsLint.Model.ArgoCD;

/// <summary>
/// The spec of an Application: of an Application object, or the template of an ApplicationSet (which may hold
/// <c>{{...}}</c> parameters).
/// </summary>
public sealed class ApplicationSpec
{
    public ApplicationSpec(YamlMapping node)
    {
        Node = node;
        Project = LocatedString.From(node, "project");
        Destination = node.GetMapping("destination") is { } destination ? new ApplicationDestination(destination) : null;
        Source = node.GetMapping("source") is { } source ? new ApplicationSource(source, null) : null;
        SourceList = (node.GetSequence("sources")?.Items ?? []).Select((item, i) => item is YamlMapping m ? new ApplicationSource(m, i) : null)
            .OfType<ApplicationSource>().ToArray();
        SyncPolicy = node.GetMapping("syncPolicy") is { } policy ? new SyncPolicy(policy) : null;
    }

    public YamlMapping Node { get; }

    public LocatedString? Project { get; }

    public ApplicationDestination? Destination { get; }

    /// <summary><c>spec.source</c>.</summary>
    public ApplicationSource? Source { get; }

    /// <summary><c>spec.sources</c> (multi-source).</summary>
    public IReadOnlyList<ApplicationSource> SourceList { get; }

    /// <summary>Whether <c>spec.sources</c> is set (non-empty); then Argo CD ignores <c>spec.source</c>.</summary>
    public bool IsMultiSource => SourceList.Count > 0;

    /// <summary>The sources Argo CD uses: <c>spec.sources</c> when set, else <c>spec.source</c>.</summary>
    public IReadOnlyList<ApplicationSource> EffectiveSources => IsMultiSource ? SourceList : Source is { } single ? [single] : [];

    public SyncPolicy? SyncPolicy { get; }

    public YamlSequence? IgnoreDifferences => Node.GetSequence("ignoreDifferences");
}
