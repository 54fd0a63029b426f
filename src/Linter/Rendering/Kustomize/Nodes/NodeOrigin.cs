namespace GitOpsLint.Rendering.Kustomize.Nodes;

/// <summary>Where a node of a rendered object was written: a repository path and a 1-based line and column.</summary>
public readonly record struct NodeOrigin(string Path, int Line, int Column)
{
    public override string ToString() => $"{Path}:{Line}:{Column}";
}
