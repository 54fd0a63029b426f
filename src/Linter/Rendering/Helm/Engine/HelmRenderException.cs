namespace GitOpsLint.Rendering.Helm.Engine;

/// <summary>Carries a <see cref="HelmRenderError"/> out of the render pipeline to <see cref="HelmRenderer"/>, which returns it as data.</summary>
internal sealed class HelmRenderException(HelmRenderError error, string partialOutput = "") : Exception(error.Message)
{
    public HelmRenderError Error { get; } = error;

    /// <summary>What <c>--debug</c> prints before the error (the unsorted rendered files after a YAML error).</summary>
    public string PartialOutput { get; } = partialOutput;
}
