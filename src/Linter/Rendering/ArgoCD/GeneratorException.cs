using GitOpsLint.Rendering.Kustomize.Nodes;
using GitOpsLint.Rendering.Units;

namespace GitOpsLint.Rendering.ArgoCD;

/// <summary>Ends the expansion of one ApplicationSet, as Argo CD's controller stops on a generator error; becomes one problem.</summary>
internal sealed class GeneratorException(string code, string message, NodeOrigin? where, string? hint = null, UnitProblemSeverity severity = UnitProblemSeverity.Error) : Exception(message)
{
    public string Code { get; } = code;

    public NodeOrigin? Where { get; } = where;

    public string? Hint { get; } = hint;

    public UnitProblemSeverity Severity { get; } = severity;
}
