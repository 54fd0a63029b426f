namespace GitOpsLint.Rendering.Provenance;

/// <summary>A position in a repository file that wrote part of a rendered object: a path and a 1-based line and column.</summary>
public readonly record struct SourcePoint(string Path, int Line, int Column)
{
    public override string ToString() => $"{Path}:{Line}:{Column}";
}
