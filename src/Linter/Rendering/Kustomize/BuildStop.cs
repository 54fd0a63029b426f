using GitOpsLint.Rendering.Kustomize.Nodes;

namespace GitOpsLint.Rendering.Kustomize;

/// <summary>
/// Ends a build at the first error, as kustomize does. It never leaves <see cref="KustomizeBuilder.Build"/>, which
/// returns the error as data; it exists so that deep transformers need not thread a failure value through every call.
/// </summary>
internal sealed class BuildStop(KustomizeError error) : Exception(error.Message)
{
    public KustomizeError Error { get; } = error;

    public static BuildStop At(NodeOrigin? origin, string fallbackPath, string message, string? hint = null) =>
        new(new KustomizeError(origin?.Path ?? fallbackPath, origin?.Line ?? 0, origin?.Column ?? 0, message, hint));
}
