using GitOpsLint.Rendering.Helm.Loading;
using GitOpsLint.Rendering.Helm.Yaml;

namespace GitOpsLint.Rendering.Helm.Manifests;

/// <summary>What Helm reads from each rendered document (releaseutil.SimpleHead): apiVersion, kind, name, annotations.</summary>
internal sealed record ManifestHead(string ApiVersion, string Kind, string Name, Dictionary<string, string> Annotations)
{
    /// <summary>Decodes a document's head; throws <see cref="ChartLoadException"/> with the sigs.k8s.io/yaml error text.</summary>
    internal static ManifestHead Parse(string document)
    {
        object? value;
        try
        {
            value = GoYamlReader.DecodeYamlLevel(document);
        }
        catch (GoYamlException e)
        {
            throw new ChartLoadException("error converting YAML to JSON: " + e.Message);
        }

        if (value is null)
        {
            return new ManifestHead("", "", "", []);
        }

        if (value is not Dictionary<string, object?> map)
        {
            throw GoStructDecoder.NotAnObject(value, "releaseutil.SimpleHead");
        }

        var head = new GoStructDecoder("SimpleHead");
        var apiVersion = GoStructDecoder.TryGetField(map, "apiVersion", out var v) ? head.String(v, "apiVersion") : "";
        var kind = GoStructDecoder.TryGetField(map, "kind", out var k) ? head.String(k, "kind") : "";
        var name = "";
        Dictionary<string, string>? annotations = null;
        if (GoStructDecoder.TryGetField(map, "metadata", out var m) && head.Map(m, "metadata", "struct { Name string \"json:\\\"name\\\"\"; Annotations map[string]string \"json:\\\"annotations\\\"\" }") is { } metadata)
        {
            var inner = new GoStructDecoder("");
            if (GoStructDecoder.TryGetField(metadata, "name", out var n))
            {
                name = inner.String(n, "metadata.name");
            }

            if (GoStructDecoder.TryGetField(metadata, "annotations", out var a))
            {
                annotations = inner.StringMap(a, "metadata.annotations");
            }
        }

        return new ManifestHead(apiVersion, kind, name, annotations ?? []);
    }
}
