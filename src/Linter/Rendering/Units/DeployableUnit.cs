using GitOpsLint.Diagnostics;
using GitOpsLint.Model;
using GitOpsLint.Syntax;

namespace GitOpsLint.Rendering.Units;

/// <summary>
/// Something a controller deploys as one piece: one source of an Argo CD Application, a Flux Kustomization or
/// HelmRelease, a kustomize folder, a helmfile release in one environment. Identity (kind, namespace/name,
/// destination, environment), source, where it is defined, and the chain of units that led to it.
/// </summary>
public sealed record DeployableUnit
{
    /// <summary>
    /// Stable identifier, used by <c>gitopslint render ID</c>: <c>Application/argocd/myapp</c> (with <c>#1</c> for the
    /// second source of a multi-source Application), <c>Kustomization/flux-system/apps</c>, <c>HelmRelease/ns/name</c>,
    /// <c>kustomize/apps/base</c>, <c>helmfile/path/helmfile.yaml/release@environment</c>.
    /// </summary>
    public required string Id { get; init; }

    public required UnitKind Kind { get; init; }

    public required string Name { get; init; }

    public string? Namespace { get; init; }

    /// <summary>The destination cluster (Argo CD server URL or cluster name); null when the controller's own cluster.</summary>
    public string? Cluster { get; init; }

    /// <summary>The namespace objects go to when they do not say (Argo CD destination namespace, Flux targetNamespace).</summary>
    public string? DestinationNamespace { get; init; }

    /// <summary>The environment the unit belongs to (from helmfile, configuration, labels or paths), when known.</summary>
    public string? Environment { get; init; }

    public required UnitSource Source { get; init; }

    /// <summary>The object that defines the unit (Application, Kustomization, HelmRelease); null for kustomize folders and helmfile releases.</summary>
    public KubeObject? Object { get; init; }

    /// <summary>For a multi-source Application, the index in <c>spec.sources</c>; else null.</summary>
    public int? SourceIndex { get; init; }

    /// <summary>Where the unit is defined (the object's kind, the kustomization file, the helmfile release).</summary>
    public required Location Location { get; init; }

    /// <summary>The units and objects that led to this one (ApplicationSet, parent Application), most distant first, ending with this unit.</summary>
    public IReadOnlyList<RelatedLocation> Chain { get; init; } = [];

    /// <summary>The unit whose rendering produced this one (app-of-apps, Flux Kustomization), or null.</summary>
    public string? ParentId { get; init; }

    /// <summary>For helmfile releases: the release mapping.</summary>
    internal YamlMapping? HelmfileRelease { get; init; }

    /// <summary>Kind, namespace and name of the defining object, the key cycles are detected on.</summary>
    internal string ObjectKey => Object is null ? Id : $"{Object.Kind}/{Object.Namespace}/{Object.Name}";

    public override string ToString() => Id;
}
