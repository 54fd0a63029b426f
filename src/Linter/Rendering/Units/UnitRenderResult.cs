using GitOpsLint.Rendering.Provenance;

namespace GitOpsLint.Rendering.Units;

/// <summary>What rendering one unit gave: its desired state, the problems met, and the units it defines in turn (app-of-apps, Flux Kustomizations).</summary>
public sealed record UnitRenderResult(DeployableUnit Unit, IReadOnlyList<RenderedObject> Objects, IReadOnlyList<UnitProblem> Problems, IReadOnlyList<DeployableUnit> ChildUnits)
{
    /// <summary>Whether the unit rendered without an error (notes and warnings allowed).</summary>
    public bool Succeeded => Problems.All(p => p.Severity != UnitProblemSeverity.Error);
}
