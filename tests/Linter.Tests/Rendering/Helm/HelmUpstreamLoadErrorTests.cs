using GitOpsLint.Rendering.Helm;
using GitOpsLint.Rendering.Helm.Engine;
using GitOpsLint.Rendering.Helm.Loading;

namespace GitOpsLint.Tests.Rendering.Helm;

/// <summary>
/// Helm's own <c>helm template</c> goldens for the cases decided before any template runs (chart loading and
/// validation). Read from <c>../shared/upstream/helm-golden</c> next to the repository; skipped when absent.
/// </summary>
public class HelmUpstreamLoadErrorTests
{
    [HelmGoldensTheory]
    [InlineData("cmd/helm", "testdata/testcharts/lib-chart", "output/template-lib-chart.txt")]
    [InlineData("cmd/helm", "testdata/testcharts/chart-bad-type", "output/template-chart-bad-type.txt")]
    [InlineData("pkg/cmd", "testdata/testcharts/lib-chart", "output/template-lib-chart.txt")]
    [InlineData("pkg/cmd", "testdata/testcharts/chart-bad-type", "output/template-chart-bad-type.txt")]
    public void MatchesHelmGolden(string tree, string chart, string golden)
    {
        var upstream = Path.Combine(HelmGoldensTheoryAttribute.Folder, tree);

        string actual;
        try
        {
            RenderPlanBuilder.Build(new DirectoryChartFileSource(upstream), chart, new HelmRenderOptions { Helm4 = tree == "pkg/cmd" });
            actual = "(rendered)";
        }
        catch (ChartLoadException e)
        {
            actual = "Error: " + e.Message + "\n";
        }

        Assert.Equal(File.ReadAllText(Path.Combine(upstream, "testdata", golden)).Replace("\r\n", "\n", StringComparison.Ordinal), actual);
    }
}
