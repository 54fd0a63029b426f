using GitOpsLint.Diagnostics;

namespace GitOpsLint.Rendering.Units;

/// <summary>
/// A unit that could not be discovered or rendered (entirely or in part), as data: where, what, what to do. Rendering
/// never throws on bad input; it produces these, and the engine turns them into diagnostics.
/// </summary>
/// <param name="Code">One of <see cref="UnitProblemCode"/>.</param>
/// <param name="UnitId">The unit concerned, or null for problems found while discovering units.</param>
public sealed record UnitProblem(string Code, UnitProblemSeverity Severity, Location Location, string Message, string? Hint, string? UnitId)
{
    public IReadOnlyList<RelatedLocation> RelatedLocations { get; init; } = [];

    public override string ToString() => $"{Location}: {Severity.ToString().ToLowerInvariant()} {Code}: {Message}";
}
