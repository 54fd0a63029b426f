using GitOpsLint.Configuration;
using GitOpsLint.Workspace;

namespace GitOpsLint.Diff;

/// <summary>
/// The seam between diffing and rendering: the desired state of every unit of a workspace. <paramref name="other"/> in
/// <see cref="Load"/> is the other revision's state, whose units may be reused where none of their inputs changed.
/// </summary>
public interface IDesiredStateProvider
{
    DesiredState Load(IWorkspace workspace, LintConfiguration configuration, DesiredState? other);
}
