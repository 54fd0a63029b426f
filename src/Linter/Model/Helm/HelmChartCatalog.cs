using System.Collections.Concurrent;
using GitOpsLint.Workspace;

namespace GitOpsLint.Model.Helm;

/// <summary>The repository's chart folders (every folder with a Chart.yaml), loaded on first use.</summary>
public sealed class HelmChartCatalog
{
    private readonly Repository repository;
    private readonly ConcurrentDictionary<string, Lazy<HelmChart?>> charts = new(StringComparer.Ordinal);

    public HelmChartCatalog(Repository repository)
    {
        this.repository = repository;
        Directories = repository.AllFiles.Where(f => RepoPath.GetFileName(f) == "Chart.yaml").Select(RepoPath.GetDirectory).ToArray();
    }

    /// <summary>Folders holding a Chart.yaml, sorted.</summary>
    public IReadOnlyList<string> Directories { get; }

    /// <summary>The chart in <paramref name="directory"/>, or null when there is none.</summary>
    public HelmChart? Find(string directory) =>
        charts.GetOrAdd(directory, d => new Lazy<HelmChart?>(() => HelmChart.Load(repository, d, Find))).Value;
}
