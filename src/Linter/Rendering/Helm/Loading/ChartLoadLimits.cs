namespace GitOpsLint.Rendering.Helm.Loading;

/// <summary>Bounds on what loading a chart may read, against archive bombs and runaway charts.</summary>
/// <param name="MaxArchiveUncompressedBytes">Total bytes that may be inflated from one .tgz (Helm's own limit is 100 MiB).</param>
/// <param name="MaxArchiveEntries">Entries one .tgz may hold.</param>
/// <param name="MaxFileBytes">Size of any single file.</param>
/// <param name="MaxSubchartDepth">Nesting of charts inside charts.</param>
public sealed record ChartLoadLimits(
    long MaxArchiveUncompressedBytes = 100L * 1024 * 1024,
    int MaxArchiveEntries = 10_000,
    long MaxFileBytes = 5L * 1024 * 1024,
    int MaxSubchartDepth = 20)
{
    public static ChartLoadLimits Default { get; } = new();
}
