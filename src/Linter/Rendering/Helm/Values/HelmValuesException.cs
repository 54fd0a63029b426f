namespace GitOpsLint.Rendering.Helm.Values;

/// <summary>A values error with Helm's message (coalescing type mismatch, a bad <c>--set</c> expression, an unreadable value file).</summary>
public sealed class HelmValuesException(string message) : Exception(message);
