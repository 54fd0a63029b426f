using GitOpsLint.Diagnostics;
using GitOpsLint.Model;

namespace GitOpsLint.Engine;

/// <summary>The outcome of a run: the repository as read, the findings in report order, and every rule that could have reported.</summary>
public sealed record LintResult(Repository Repository, IReadOnlyList<Diagnostic> Diagnostics, IReadOnlyList<DiagnosticDescriptor> Rules)
{
    /// <summary>Whether any unsuppressed finding is at or above <paramref name="failLevel"/> (<see cref="Severity.None"/> never fails).</summary>
    public bool Fails(Severity failLevel) =>
        failLevel != Severity.None && Diagnostics.Any(d => !d.IsSuppressed && d.Severity >= failLevel);
}
