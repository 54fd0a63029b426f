namespace GitOpsLint.Rendering.Helm.Loading;

/// <summary>A Chart.yaml <c>maintainers</c> entry.</summary>
internal sealed class ChartMaintainer
{
    public string Name { get; set; } = "";

    public string Email { get; set; } = "";

    public string Url { get; set; } = "";
}
