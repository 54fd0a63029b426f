using GitOpsLint.Rendering.Helm.Loading;
using GitOpsLint.Rendering.Helm.Yaml;
using GoTemplates.Runtime;

namespace GitOpsLint.Rendering.Helm.Engine;

/// <summary>
/// <c>.Chart</c>: Helm 3 passes <c>struct { chart.Metadata; IsRoot bool }</c>, so every Chart.yaml field is promoted
/// (<c>.Chart.Name</c>, <c>.Chart.AppVersion</c>, <c>.Chart.Dependencies</c>) next to <c>.Chart.IsRoot</c>.
/// </summary>
internal sealed class ChartObject : GoStructObject, IJsonMarshaler
{
    private static readonly GoType EmbeddingType = GoType.Named("struct { chart.Metadata; IsRoot bool }");
    private static readonly GoType MetadataType = GoType.Named("chart.Metadata");
    private static readonly GoType MaintainerType = GoType.Named("*chart.Maintainer", GoKind.Pointer);
    private static readonly GoType DependencyType = GoType.Named("*chart.Dependency", GoKind.Pointer);

    private readonly GoStructObject _metadata;
    private readonly ChartMetadata _source;

    private ChartObject(GoStructObject metadata, bool isRoot, ChartMetadata source)
        : base(EmbeddingType, false, [new("Metadata", metadata), new("IsRoot", isRoot)])
    {
        _metadata = metadata;
        _source = source;
    }

    public static ChartObject Create(ChartMetadata md, bool isRoot) => new(MetadataStruct(md), isRoot, md);

    public override bool TryGetField(string name, out object? value) =>
        base.TryGetField(name, out value) || _metadata.TryGetField(name, out value);

    public object? ToJsonValue() => MetadataJson(_source);

    private static GoStructObject MetadataStruct(ChartMetadata md) => new(MetadataType, false,
    [
        new("Name", md.Name),
        new("Home", md.Home),
        new("Sources", md.Sources.ToList()),
        new("Version", md.Version),
        new("Description", md.Description),
        new("Keywords", md.Keywords.ToList()),
        new("Maintainers", md.Maintainers.Select(m => m is null ? null : (object)new GoStructObject(MaintainerType, true,
        [
            new("Name", m.Name), new("Email", m.Email), new("URL", m.Url),
        ])).ToList()),
        new("Icon", md.Icon),
        new("APIVersion", md.ApiVersion),
        new("Condition", md.Condition),
        new("Tags", md.Tags),
        new("AppVersion", md.AppVersion),
        new("Deprecated", md.Deprecated),
        new("Annotations", md.Annotations is null ? new Dictionary<string, string>(StringComparer.Ordinal) : new Dictionary<string, string>(md.Annotations, StringComparer.Ordinal)),
        new("KubeVersion", md.KubeVersion),
        new("Dependencies", (md.Dependencies ?? []).Select(d => d is null ? null : (object)new GoStructObject(DependencyType, true,
        [
            new("Name", d.Name), new("Version", d.Version), new("Repository", d.Repository), new("Condition", d.Condition),
            new("Tags", d.Tags.ToList()), new("Enabled", d.Enabled), new("ImportValues", d.ImportValues.ToList()), new("Alias", d.Alias),
        ])).ToList()),
        new("Type", md.Type),
    ]);

    /// <summary>encoding/json of chart.Metadata: JSON field names, empty fields omitted.</summary>
    private static Dictionary<string, object?> MetadataJson(ChartMetadata md)
    {
        var json = new Dictionary<string, object?>(StringComparer.Ordinal);
        void Put(string key, object? value, bool empty)
        {
            if (!empty)
            {
                json[key] = value;
            }
        }

        Put("name", md.Name, md.Name.Length == 0);
        Put("home", md.Home, md.Home.Length == 0);
        Put("sources", md.Sources.Cast<object?>().ToList(), md.Sources.Count == 0);
        Put("version", md.Version, md.Version.Length == 0);
        Put("description", md.Description, md.Description.Length == 0);
        Put("keywords", md.Keywords.Cast<object?>().ToList(), md.Keywords.Count == 0);
        Put("maintainers", md.Maintainers.Select(m => m is null ? null : (object)Omit(new()
        {
            ["name"] = m.Name, ["email"] = m.Email, ["url"] = m.Url,
        })).ToList(), md.Maintainers.Count == 0);
        Put("icon", md.Icon, md.Icon.Length == 0);
        Put("apiVersion", md.ApiVersion, md.ApiVersion.Length == 0);
        Put("condition", md.Condition, md.Condition.Length == 0);
        Put("tags", md.Tags, md.Tags.Length == 0);
        Put("appVersion", md.AppVersion, md.AppVersion.Length == 0);
        Put("deprecated", md.Deprecated, !md.Deprecated);
        Put("annotations", md.Annotations?.ToDictionary(kv => kv.Key, kv => (object?)kv.Value, StringComparer.Ordinal), md.Annotations is null || md.Annotations.Count == 0);
        Put("kubeVersion", md.KubeVersion, md.KubeVersion.Length == 0);
        Put("dependencies", (md.Dependencies ?? []).Select(d => d is null ? null : (object)DependencyJson(d)).ToList(), md.Dependencies is null || md.Dependencies.Count == 0);
        Put("type", md.Type, md.Type.Length == 0);
        return json;
    }

    private static Dictionary<string, object?> DependencyJson(ChartDependency d)
    {
        var json = new Dictionary<string, object?>(StringComparer.Ordinal) { ["name"] = d.Name };
        if (d.Version.Length > 0)
        {
            json["version"] = d.Version;
        }

        json["repository"] = d.Repository;
        if (d.Condition.Length > 0)
        {
            json["condition"] = d.Condition;
        }

        if (d.Tags.Count > 0)
        {
            json["tags"] = d.Tags.Cast<object?>().ToList();
        }

        if (d.Enabled)
        {
            json["enabled"] = true;
        }

        if (d.ImportValues.Count > 0)
        {
            json["import-values"] = d.ImportValues.ToList();
        }

        if (d.Alias.Length > 0)
        {
            json["alias"] = d.Alias;
        }

        return json;
    }

    private static Dictionary<string, object?> Omit(Dictionary<string, object?> map) =>
        map.Where(kv => kv.Value is not string s || s.Length > 0).ToDictionary(kv => kv.Key, kv => kv.Value, StringComparer.Ordinal);
}
