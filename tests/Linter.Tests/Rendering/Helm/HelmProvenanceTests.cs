using GitOpsLint.Rendering.Helm;
using GitOpsLint.Rendering.Helm.Loading;

namespace GitOpsLint.Tests.Rendering.Helm;

/// <summary>Every rendered manifest knows the template file it came from and the line its document starts on.</summary>
public class HelmProvenanceTests
{
    [Theory]
    [InlineData("webapp")]
    [InlineData("bench20")]
    [InlineData("tgz-subchart")]
    [InlineData("umbrella-values")]
    public void EveryManifestPointsIntoItsTemplate(string chart)
    {
        var result = HelmRenderer.Render(new DirectoryChartFileSource(FixtureCases.Root), chart, new HelmRenderOptions());

        Assert.True(result.Succeeded, result.Error?.Message);
        Assert.NotEmpty(result.Manifests);
        foreach (var manifest in result.Manifests)
        {
            Assert.Contains("/templates/", manifest.Origin.Path, StringComparison.Ordinal);
            Assert.True(manifest.Origin.Line >= 1);
            Assert.Equal(manifest.Content.Split('\n').Length, manifest.LineMap.Count);
            Assert.All(manifest.LineMap, l => Assert.Equal(manifest.Origin.Path, l.Path));
        }
    }

    [Fact]
    public void DocumentsOfOneTemplateStartAfterTheirSeparators()
    {
        var result = HelmRenderer.Render(new DirectoryChartFileSource(FixtureCases.Root), "hooks-order", new HelmRenderOptions());

        var starts = result.Manifests
            .Where(m => m.SourcePath == "hooks-order/templates/all.yaml")
            .ToDictionary(m => m.Kind, m => m.Origin);
        Assert.Equal(new SourceLocationLine("hooks-order/templates/all.yaml", 1), new SourceLocationLine(starts["Deployment"].Path, starts["Deployment"].Line));
        Assert.Equal(6, starts["ConfigMap"].Line);
        Assert.Equal(11, starts["Widget"].Line);
        Assert.Equal(16, starts["Namespace"].Line);
    }

    [Fact]
    public void ManifestsFromAPackagedSubchartPointIntoTheArchive()
    {
        var result = HelmRenderer.Render(new DirectoryChartFileSource(FixtureCases.Root), "tgz-subchart", new HelmRenderOptions());

        var fromArchive = Assert.Single(result.Manifests, m => m.SourcePath.Contains("/charts/jobs/", StringComparison.Ordinal));
        Assert.StartsWith("tgz-subchart/charts/worker-0.1.0.tgz!/templates/", fromArchive.Origin.Path, StringComparison.Ordinal);
    }

    [Fact]
    public void ManifestsAreInOutputOrderAndHonourShowOnly()
    {
        var options = new HelmRenderOptions { ShowOnly = ["templates/service.yaml", "templates/ingress.yaml"] };
        var result = HelmRenderer.Render(new DirectoryChartFileSource(FixtureCases.Root), "webapp", options);

        Assert.Equal(["webapp/templates/service.yaml", "webapp/templates/ingress.yaml"], result.Manifests.Select(m => m.SourcePath).Distinct());
        Assert.All(result.Manifests, m => Assert.Contains("# Source: " + m.SourcePath + "\n" + m.Content + "\n", result.Output, StringComparison.Ordinal));
    }

    private sealed record SourceLocationLine(string Path, int Line);
}
