namespace GitOpsLint.Rendering.Units;

/// <summary>How serious a rendering problem is, as a reviewer would grade it.</summary>
public enum UnitProblemSeverity
{
    /// <summary>The controller would fail too (missing path, broken chart, cycle).</summary>
    Error,

    /// <summary>Likely wrong, but the controller may go on.</summary>
    Warning,

    /// <summary>Offline rendering is not possible (remote source, plugin); the unit is skipped, nothing is wrong.</summary>
    Note,
}
