namespace GitOpsLint.Rendering.Kustomize.Nodes;

/// <summary>
/// A mutable YAML node used while kustomize transforms run. Every node remembers the file and line that produced it
/// (<see cref="Origin"/>), so findings on a rendered object can point at the source that wrote the value.
/// </summary>
public abstract class KNode
{
    public NodeOrigin? Origin { get; set; }

    public abstract KNode DeepClone();
}
