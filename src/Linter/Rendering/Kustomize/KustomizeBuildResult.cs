using GitOpsLint.Rendering.Kustomize.Output;

namespace GitOpsLint.Rendering.Kustomize;

/// <summary>
/// The outcome of a build: the objects in kustomize's output order, or, when kustomize would have failed, no objects and
/// the error. <see cref="Notes"/> lists fields that were present but are not rendered by this builder.
/// </summary>
public sealed record KustomizeBuildResult(IReadOnlyList<KustomizeObject> Objects, IReadOnlyList<KustomizeError> Errors, IReadOnlyList<KustomizeError> Notes)
{
    public bool Succeeded => Errors.Count == 0;

    /// <summary>The text <c>kubectl kustomize</c> prints for this build (empty when it failed).</summary>
    public string ToYaml() => KustomizePrinter.Print(Objects);
}
