using GitOpsLint.Diagnostics;
using GitOpsLint.Model;
using GitOpsLint.Syntax;

namespace GitOpsLint.Rendering.Provenance;

/// <summary>
/// The origin of an object a unit deploys exactly as written in a repository file (an Argo CD directory source): it
/// is the source document itself, seen through the unit that deploys it, so it locates like a source object and
/// carries the unit's chain. The same object is already among the repository's own objects.
/// </summary>
public sealed class VerbatimOrigin(IReadOnlyList<RelatedLocation> chain, string unitId) : ObjectOrigin
{
    public string UnitId { get; } = unitId;

    public override IReadOnlyList<RelatedLocation> Chain { get; } = chain;

    public override Location Locate(KubeObject kubeObject, YamlNode node) => Location.Of(kubeObject.Document.File, node);
}
