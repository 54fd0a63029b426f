using GitOpsLint.Diagnostics;

namespace GitOpsLint.Model;

/// <summary>
/// What the repository's units render to, attached to the <see cref="Repository"/> before analysis: the rendered
/// objects (rules run on them too, and locate findings through their provenance) and the problems met while
/// discovering and rendering units (reported by the rendering rules, GOL7xx).
/// </summary>
public sealed record DesiredState(IReadOnlyList<KubeObject> Objects, IReadOnlyList<RenderingProblem> Problems, int UnitCount)
{
    public static readonly DesiredState Empty = new([], [], 0);
}

/// <summary>A unit that could not be (fully) rendered: a stable code, severity, where, what and what to do.</summary>
public sealed record RenderingProblem(string Code, Severity Severity, Location Location, string Message, string? Hint, IReadOnlyList<RelatedLocation> RelatedLocations);
