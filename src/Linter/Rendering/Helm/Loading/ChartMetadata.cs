namespace GitOpsLint.Rendering.Helm.Loading;

/// <summary>Chart.yaml, with the field names templates see through <c>.Chart</c>.</summary>
internal sealed class ChartMetadata
{
    public string Name { get; set; } = "";

    public string Home { get; set; } = "";

    public List<string> Sources { get; set; } = [];

    public string Version { get; set; } = "";

    public string Description { get; set; } = "";

    public List<string> Keywords { get; set; } = [];

    public List<ChartMaintainer?> Maintainers { get; set; } = [];

    public string Icon { get; set; } = "";

    public string ApiVersion { get; set; } = "";

    public string Condition { get; set; } = "";

    public string Tags { get; set; } = "";

    public string AppVersion { get; set; } = "";

    public bool Deprecated { get; set; }

    /// <summary>Null when Chart.yaml has no annotations (Go's nil map prints as <c>map[]</c> all the same).</summary>
    public Dictionary<string, string>? Annotations { get; set; }

    public string KubeVersion { get; set; } = "";

    /// <summary>Null when Chart.yaml lists no dependencies (Helm distinguishes nil from empty here).</summary>
    public List<ChartDependency?>? Dependencies { get; set; }

    public string Type { get; set; } = "";

    public ChartMetadata ShallowCopy() => (ChartMetadata)MemberwiseClone();
}
