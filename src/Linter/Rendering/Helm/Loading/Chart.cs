namespace GitOpsLint.Rendering.Helm.Loading;

/// <summary>A loaded chart and, through <see cref="Dependencies"/>, its subcharts (Helm's chart.Chart).</summary>
internal sealed class Chart
{
    public ChartMetadata Metadata { get; set; } = new();

    public List<ChartFile> Templates { get; } = [];

    /// <summary>values.yaml as Go values; null when the chart has none (or it is empty).</summary>
    public Dictionary<string, object?>? Values { get; set; }

    /// <summary>values.yaml as read, for positions in errors.</summary>
    public ChartFile? ValuesFile { get; set; }

    public byte[]? Schema { get; set; }

    public ChartFile? SchemaFile { get; set; }

    /// <summary>Every other file (what <c>.Files</c> sees), including <c>crds/</c>.</summary>
    public List<ChartFile> Files { get; } = [];

    /// <summary>Where the chart was loaded from (a directory or a .tgz path in the file source).</summary>
    public string Origin { get; set; } = "";

    public Chart? Parent { get; private set; }

    public List<Chart> Dependencies { get; private set; } = [];

    public string Name => Metadata.Name;

    public bool IsRoot => Parent is null;

    /// <summary>"root/charts/sub/charts/subsub", the prefix of template names.</summary>
    public string FullPath => IsRoot ? Name : Parent!.FullPath + "/charts/" + Name;

    public void AddDependency(Chart child)
    {
        child.Parent = this;
        Dependencies.Add(child);
    }

    public void SetDependencies(IEnumerable<Chart> children)
    {
        Dependencies = [];
        foreach (var child in children)
        {
            AddDependency(child);
        }
    }

    /// <summary>A copy sharing files and subcharts but with its own metadata object, as Helm's <c>cp := *c</c> for aliases.</summary>
    public Chart CopyWithMetadata(ChartMetadata metadata)
    {
        var copy = (Chart)MemberwiseClone();
        copy.Metadata = metadata;
        copy.Dependencies = [.. Dependencies];
        return copy;
    }

    /// <summary>crds/*.yaml|yml|json of this chart, then of each dependency, with the "chart/charts/sub/crds/x.yaml" name Helm prints.</summary>
    public IEnumerable<(string Filename, ChartFile File)> CrdObjects()
    {
        foreach (var file in Files)
        {
            var extension = Path.GetExtension(file.Name).ToLowerInvariant();
            if (file.Name.StartsWith("crds/", StringComparison.Ordinal) && extension is ".yaml" or ".yml" or ".json")
            {
                yield return (FullPath + "/" + file.Name, file);
            }
        }

        foreach (var dependency in Dependencies)
        {
            foreach (var crd in dependency.CrdObjects())
            {
                yield return crd;
            }
        }
    }
}
