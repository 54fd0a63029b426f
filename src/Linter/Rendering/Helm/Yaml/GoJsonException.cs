namespace GitOpsLint.Rendering.Helm.Yaml;

/// <summary>An encoding/json error with Go's wording (<c>json: unsupported value: NaN</c>).</summary>
public sealed class GoJsonException(string message) : Exception(message);
