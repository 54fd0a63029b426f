namespace GitOpsLint.Model.References;

/// <summary>
/// A reference written in the repository (a path, a value file ...), where it is written, and what it resolves to.
/// </summary>
/// <param name="File">The file the reference is written in.</param>
/// <param name="Owner">The object that holds it (the Application or ApplicationSet), or null for kustomization and Chart.yaml files.</param>
/// <param name="BaseDirectory">The folder the written path is relative to (repository path).</param>
/// <param name="Target">The resolved repository path (for a templated path: the pattern with <c>*</c> for parameters), or null.</param>
/// <param name="Matches">The files or folders the target names that exist (several for a templated path).</param>
/// <param name="Optional">Whether a missing target is allowed (<c>ignoreMissingValueFiles: true</c>).</param>
public sealed record Reference(
    ReferenceKind Kind,
    LocatedString Written,
    string File,
    KubeObject? Owner,
    string BaseDirectory,
    string? Target,
    ReferenceStatus Status,
    IReadOnlyList<string> Matches,
    bool Optional = false)
{
    /// <summary>Whether the written path holds ApplicationSet parameters (<c>{{...}}</c>).</summary>
    public bool IsTemplated => ArgoCD.TemplateTag.IsTemplated(Written.Value);

    /// <summary>More about the reference for messages (the field name: <c>resources</c>, <c>patches</c> ...).</summary>
    public string? Detail { get; init; }
}
