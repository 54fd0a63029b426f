using GitOpsLint.Diagnostics;
using GitOpsLint.Model;
using GitOpsLint.Syntax;

namespace GitOpsLint.Rendering.Provenance;

/// <summary>
/// The origin of an object a unit rendered (chart template, kustomize overlay, generated Application). Findings on any
/// of its nodes are placed on the source text that wrote the node (<see cref="ProvenanceMap"/>), or on
/// <see cref="Anchor"/> (where the object as a whole comes from) when the node has no known source.
/// </summary>
public sealed class RenderedOrigin : ObjectOrigin
{
    private readonly ProvenanceMap map;
    private readonly SourceLocator locator;

    public RenderedOrigin(ProvenanceMap map, Location anchor, IReadOnlyList<RelatedLocation> chain, SourceLocator locator, string unitId)
    {
        this.map = map;
        this.locator = locator;
        Anchor = anchor;
        Chain = chain;
        UnitId = unitId;
    }

    /// <summary>Where the object as a whole comes from (the template file line, resource file, or the unit).</summary>
    public Location Anchor { get; }

    /// <summary>The unit that rendered the object (<see cref="Units.DeployableUnit.Id"/>).</summary>
    public string UnitId { get; }

    public override IReadOnlyList<RelatedLocation> Chain { get; }

    public override Location Locate(KubeObject kubeObject, YamlNode node)
    {
        var point = map.Find(node, IsKey(kubeObject, node));
        return point is { } p ? locator.Resolve(p) : Anchor;
    }

    /// <summary>Whether <paramref name="node"/> is the key of its entry (keys share their value's pointer).</summary>
    private static bool IsKey(KubeObject kubeObject, YamlNode node)
    {
        if (node is not YamlScalar || node.Pointer.Length == 0)
        {
            return false;
        }

        var parentPointer = node.Pointer[..node.Pointer.LastIndexOf('/')];
        return kubeObject.Root.Navigate(parentPointer) is YamlMapping parent
            && parent.Entries.Any(e => ReferenceEquals(e.Key, node));
    }
}
