namespace GitOpsLint.Diff;

/// <summary>The desired state of a whole revision: every unit, and how much rendering it took.</summary>
/// <param name="Revision">For people: the revision or folder.</param>
/// <param name="UnitsRendered">Units rendered for this revision (the rest were reused from the other revision because none of their inputs changed).</param>
public sealed record DesiredState(string Revision, IReadOnlyList<UnitState> Units, int UnitsRendered)
{
    /// <summary>Files read while rendering, per unit key, with what each read saw: what decides reuse for the other revision.</summary>
    internal IReadOnlyDictionary<string, UnitInputs> Inputs { get; init; } = new Dictionary<string, UnitInputs>();
}
