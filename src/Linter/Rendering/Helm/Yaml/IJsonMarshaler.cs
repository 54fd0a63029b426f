namespace GitOpsLint.Rendering.Helm.Yaml;

/// <summary>
/// A Go struct exposed to templates that <c>toJson</c>/<c>toYaml</c> can serialize: it returns the value
/// encoding/json would see (a map with the struct's JSON field names, honouring <c>omitempty</c>).
/// </summary>
internal interface IJsonMarshaler
{
    object? ToJsonValue();
}
