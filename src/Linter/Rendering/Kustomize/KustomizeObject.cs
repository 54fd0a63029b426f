using GitOpsLint.Rendering.Kustomize.Nodes;

namespace GitOpsLint.Rendering.Kustomize;

/// <summary>
/// One rendered object. <see cref="Root"/> is the object as kustomize outputs it; each of its nodes carries the
/// <see cref="NodeOrigin"/> of the file and line that wrote the value (a resource file, a patch, the kustomization).
/// </summary>
public sealed class KustomizeObject(KMapping root, string sourcePath)
{
    public KMapping Root { get; } = root;

    /// <summary>The file the object came from: a resource file, or the kustomization whose generator made it.</summary>
    public string SourcePath { get; } = sourcePath;

    public string ApiVersion => Root.GetString("apiVersion") ?? string.Empty;

    public string Kind => Root.GetString("kind") ?? string.Empty;

    public string Name => Root.GetMapping("metadata")?.GetString("name") ?? string.Empty;

    public string Namespace => Root.GetMapping("metadata")?.GetString("namespace") ?? string.Empty;
}
