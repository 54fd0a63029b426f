namespace GitOpsLint.Rendering.Kustomize;

/// <summary>A build error as data: where (repository path, 1-based line and column; 0 when unknown), what, and what to do.</summary>
public sealed record KustomizeError(string Path, int Line, int Column, string Message, string? Hint = null)
{
    public override string ToString() => $"{Path}({Line},{Column}): {Message}";
}
