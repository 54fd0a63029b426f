namespace GitOpsLint.Diff;

/// <summary>
/// The desired state of one deployable unit at one revision: identity (how units pair across revisions), where it
/// deploys, its normalised objects, and why it did not render when it did not.
/// </summary>
public sealed record UnitState
{
    /// <summary>Pairs units across revisions: <c>Application/argocd/web → https://kubernetes.default.svc/prod</c>, <c>HelmRelease/flux-system/web</c>.</summary>
    public required string Key { get; init; }

    /// <summary>The unit's own identifier (<c>Application/argocd/web</c>), for people.</summary>
    public required string Title { get; init; }

    /// <summary>"Application", "Kustomization", "HelmRelease", "kustomize", "folder", ...</summary>
    public required string Kind { get; init; }

    public string? Environment { get; init; }

    public string? Cluster { get; init; }

    public string? DestinationNamespace { get; init; }

    /// <summary>Where the unit is defined (file path), for people.</summary>
    public string? DefinedIn { get; init; }

    /// <summary>Whether the controller deletes objects that leave the desired state (Argo CD <c>prune</c>, Flux <c>prune</c>, Helm).</summary>
    public bool Prunes { get; init; }

    /// <summary>The unit's <c>ignoreDifferences</c> (already applied to <see cref="Objects"/>; kept for live comparisons).</summary>
    public IgnoreDifferences Ignore { get; init; } = IgnoreDifferences.None;

    public IReadOnlyList<DesiredObject> Objects { get; init; } = [];

    /// <summary>Errors that stopped the unit rendering (entirely or in part), as "path:line: message".</summary>
    public IReadOnlyList<string> Errors { get; init; } = [];

    /// <summary>Things the diff could not honour for this unit (an unsupported jq expression), as notes.</summary>
    public IReadOnlyList<string> Notes { get; init; } = [];

    public bool Failed => Errors.Count > 0;
}
