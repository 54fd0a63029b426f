namespace GitOpsLint.Rendering.Helm.Yaml;

/// <summary>A YAML error worded as go-yaml words it (<c>yaml: line 3: mapping values are not allowed in this context</c>).</summary>
public sealed class GoYamlException(string message) : Exception(message);
