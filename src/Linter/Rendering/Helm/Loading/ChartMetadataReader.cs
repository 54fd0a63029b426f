using GitOpsLint.Rendering.Helm.Yaml;

namespace GitOpsLint.Rendering.Helm.Loading;

/// <summary>Decodes Chart.yaml (or the dependencies of a v1 requirements.yaml) into <see cref="ChartMetadata"/> as Helm's loader does.</summary>
internal static class ChartMetadataReader
{
    /// <summary>Fills <paramref name="metadata"/> from the YAML text; fields absent from the text keep their value, like json.Unmarshal into an existing struct.</summary>
    internal static void Read(string text, ChartMetadata metadata, string fileName)
    {
        object? document;
        try
        {
            document = GoYamlReader.DecodeYamlLevel(text);
        }
        catch (GoYamlException e)
        {
            throw new ChartLoadException($"cannot load {fileName}: error converting YAML to JSON: {e.Message}");
        }

        try
        {
            Apply(document, metadata);
        }
        catch (ChartLoadException e)
        {
            throw new ChartLoadException($"cannot load {fileName}: {e.Message}");
        }
    }

    private static void Apply(object? document, ChartMetadata md)
    {
        if (document is null)
        {
            return;
        }

        if (document is not Dictionary<string, object?> map)
        {
            throw GoStructDecoder.NotAnObject(document, "chart.Metadata");
        }

        var d = new GoStructDecoder("Metadata");
        foreach (var field in new[]
                 {
                     "name", "home", "sources", "version", "description", "keywords", "maintainers", "icon", "apiVersion",
                     "condition", "tags", "appVersion", "deprecated", "annotations", "kubeVersion", "dependencies", "type",
                 })
        {
            if (!GoStructDecoder.TryGetField(map, field, out var value))
            {
                continue;
            }

            switch (field)
            {
                case "name": md.Name = d.String(value, field); break;
                case "home": md.Home = d.String(value, field); break;
                case "sources": md.Sources = d.StringList(value, field); break;
                case "version": md.Version = d.String(value, field); break;
                case "description": md.Description = d.String(value, field); break;
                case "keywords": md.Keywords = d.StringList(value, field); break;
                case "maintainers": md.Maintainers = d.List(value, field, "[]*chart.Maintainer").Select(ReadMaintainer).ToList(); break;
                case "icon": md.Icon = d.String(value, field); break;
                case "apiVersion": md.ApiVersion = d.String(value, field); break;
                case "condition": md.Condition = d.String(value, field); break;
                case "tags": md.Tags = d.String(value, field); break;
                case "appVersion": md.AppVersion = d.String(value, field); break;
                case "deprecated": md.Deprecated = d.Bool(value, field); break;
                case "annotations": md.Annotations = d.StringMap(value, field); break;
                case "kubeVersion": md.KubeVersion = d.String(value, field); break;
                case "dependencies":
                    md.Dependencies = value is null ? null : d.List(value, field, "[]*chart.Dependency").Select(ReadDependency).ToList();
                    break;
                case "type": md.Type = d.String(value, field); break;
            }
        }
    }

    private static ChartMaintainer? ReadMaintainer(object? value)
    {
        var d = new GoStructDecoder("Maintainer");
        var map = d.Map(value, "maintainers", "chart.Maintainer");
        if (map is null)
        {
            return null;
        }

        var m = new ChartMaintainer();
        if (GoStructDecoder.TryGetField(map, "name", out var name))
        {
            m.Name = d.String(name, "maintainers.name");
        }

        if (GoStructDecoder.TryGetField(map, "email", out var email))
        {
            m.Email = d.String(email, "maintainers.email");
        }

        if (GoStructDecoder.TryGetField(map, "url", out var url))
        {
            m.Url = d.String(url, "maintainers.url");
        }

        return m;
    }

    private static ChartDependency? ReadDependency(object? value)
    {
        var d = new GoStructDecoder("Dependency");
        var map = d.Map(value, "dependencies", "chart.Dependency");
        if (map is null)
        {
            return null;
        }

        var dep = new ChartDependency();
        foreach (var field in new[] { "name", "version", "repository", "condition", "tags", "enabled", "import-values", "alias" })
        {
            if (!GoStructDecoder.TryGetField(map, field, out var v))
            {
                continue;
            }

            var path = "dependencies." + field;
            switch (field)
            {
                case "name": dep.Name = d.String(v, path); break;
                case "version": dep.Version = d.String(v, path); break;
                case "repository": dep.Repository = d.String(v, path); break;
                case "condition": dep.Condition = d.String(v, path); break;
                case "tags": dep.Tags = d.StringList(v, path); break;
                case "enabled": dep.Enabled = d.Bool(v, path); break;
                case "import-values": dep.ImportValues = d.List(v, path, "[]interface {}").Select(GoYamlReader.ToJsonCompatible).ToList(); break;
                case "alias": dep.Alias = d.String(v, path); break;
            }
        }

        return dep;
    }
}
