namespace GitOpsLint.Rendering.Helm.Loading;

/// <summary>A Chart.yaml (or v1 requirements.yaml) <c>dependencies</c> entry; mutable because Helm's dependency processing rewrites it.</summary>
internal sealed class ChartDependency
{
    public string Name { get; set; } = "";

    public string Version { get; set; } = "";

    public string Repository { get; set; } = "";

    public string Condition { get; set; } = "";

    public List<string> Tags { get; set; } = [];

    public bool Enabled { get; set; }

    /// <summary>Raw entries: strings (the <c>exports.X</c> form) or maps with child/parent.</summary>
    public List<object?> ImportValues { get; set; } = [];

    public string Alias { get; set; } = "";
}
