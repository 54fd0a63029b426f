using GitOpsLint.Rendering.Helm;
using GitOpsLint.Rendering.Kustomize;
using GitOpsLint.Rendering.Kustomize.Nodes;
using GitOpsLint.Rendering.Kustomize.Output;
using GitOpsLint.Workspace;

namespace GitOpsLint.Rendering.Units;

/// <summary>
/// kustomize's <c>helmCharts</c> (HelmChartInflationGenerator) with the in-process Helm engine: the chart must already
/// be in the repository under <c>helmGlobals.chartHome</c> (default <c>charts/</c>) — kustomize would pull it from
/// <c>repo</c>; GitOpsLint never fetches, so a missing chart is an error that says how to vendor it.
/// </summary>
public sealed class KustomizeHelmInflator : IHelmChartInflator
{
    public static readonly KustomizeHelmInflator Instance = new();

    public HelmInflationResult Inflate(IWorkspace workspace, string kustomizationDirectory, KMapping chart, KMapping? helmGlobals)
    {
        if (chart.GetString("name") is not { Length: > 0 } name)
        {
            return new HelmInflationResult(null, "a helmCharts entry needs a name");
        }

        var chartHome = helmGlobals?.GetString("chartHome") ?? "charts";
        var chartDirectory = RepoPath.Combine(kustomizationDirectory, chartHome + "/" + name);
        if (chartDirectory is null || !workspace.FileExists(chartDirectory + "/Chart.yaml"))
        {
            var repo = chart.GetString("repo") ?? "its repository";
            return new HelmInflationResult(null, $"chart '{name}' is not in '{RepoPath.Combine(kustomizationDirectory, chartHome) ?? chartHome}/'; kustomize would pull it from {repo}, which is never done offline: vendor it there (helm pull --untar) to render it");
        }

        var valueFiles = new List<string>();
        if (chart.GetString("valuesFile") is { Length: > 0 } valuesFile)
        {
            var path = RepoPath.Combine(kustomizationDirectory, valuesFile);
            if (path is null || !workspace.FileExists(path))
            {
                return new HelmInflationResult(null, $"valuesFile '{valuesFile}' of chart '{name}' does not exist in the repository");
            }

            valueFiles.Add(path);
        }

        var documents = chart.GetMapping("valuesInline") is { } inline ? new[] { KustomizePrinter.Print([inline]) } : [];
        var options = new HelmRenderOptions
        {
            ReleaseName = chart.GetString("releaseName") ?? "release-name",
            Namespace = chart.GetString("namespace") ?? "default",
            ValueFiles = valueFiles,
            ValueDocuments = documents,
            IncludeCrds = chart.GetString("includeCRDs") == "true",
            SkipTests = chart.GetString("skipTests") == "true",
            KubeVersion = chart.GetString("kubeVersion"),
            ApiVersions = chart.GetSequence("apiVersions")?.Items.OfType<KScalar>().Select(s => s.Value).ToArray() ?? [],
            BuildFileDependencies = true,
        };
        var result = HelmRenderer.Render(new WorkspaceChartFileSource(workspace), chartDirectory, options);
        return result.Error is { } error ? new HelmInflationResult(null, error.Message) : new HelmInflationResult(result.Output, null);
    }
}
