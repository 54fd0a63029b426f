using GitOpsLint.Model.ArgoCD;
using GitOpsLint.Model.Helm;

namespace GitOpsLint.Model.References;

/// <summary>
/// One Application source as a deployable unit's inputs: where it is (<see cref="Directory"/> when it is in this
/// repository), the chart there, and its resolved value files and file parameters in the order Argo CD applies them.
/// The renderer reads a unit's inputs from here.
/// </summary>
public sealed class SourceUnit
{
    internal SourceUnit(KubeObject owner, ApplicationSpec spec, ApplicationSource source, bool isTemplate)
    {
        Owner = owner;
        Spec = spec;
        Source = source;
        IsTemplate = isTemplate;
    }

    /// <summary>The Application, or the ApplicationSet whose template holds the source.</summary>
    public KubeObject Owner { get; }

    public ApplicationSpec Spec { get; }

    public ApplicationSource Source { get; }

    /// <summary>Whether the source is in an ApplicationSet template (its strings may hold parameters).</summary>
    public bool IsTemplate { get; }

    /// <summary>Whether <c>repoURL</c> names this repository (see <see cref="RepositoryIdentity"/>).</summary>
    public bool IsLocal { get; internal set; }

    /// <summary>The source folder in this repository, when it is local and resolves (for a templated path: null).</summary>
    public string? Directory { get; internal set; }

    /// <summary>The chart in <see cref="Directory"/>, when there is one.</summary>
    public HelmChart? Chart { get; internal set; }

    /// <summary>The <c>path</c> reference, when the source is local and has a path.</summary>
    public Reference? PathReference { get; internal set; }

    public IReadOnlyList<Reference> ValueFiles { get; internal set; } = [];

    public IReadOnlyList<Reference> FileParameters { get; internal set; } = [];

    /// <summary>"Application argocd/myapp spec.source", for messages.</summary>
    public string DisplayName => $"{Owner.Kind} {Owner.Name} {Source.DisplayName}";
}
