using System.Formats.Tar;
using System.IO.Compression;
using GitOpsLint.Rendering.Helm.Loading;

namespace GitOpsLint.Tests.Rendering.Helm;

public class ChartLoaderSafetyTests
{
    [Fact]
    public void DirectorySourceRefusesPathsOutsideItsRoot()
    {
        var source = new DirectoryChartFileSource(FixtureCases.Root);
        Assert.Throws<UnauthorizedAccessException>(() => source.ReadAllBytes("../../../GitOpsLint.sln"));
        Assert.Throws<UnauthorizedAccessException>(() => source.ReadAllBytes("/etc/passwd"));
    }

    [Fact]
    public void ArchiveWithParentReferenceIsRefused()
    {
        var archive = Archive(("chart/Chart.yaml", "apiVersion: v2\nname: x\nversion: 1.0.0\n"), ("chart/../../evil", "x"));
        var e = Assert.Throws<ChartLoadException>(() => ChartArchiveReader.Read(archive, ChartLoadLimits.Default));
        Assert.Equal("chart illegally references parent directory", e.Message);
    }

    [Fact]
    public void ArchiveBombStopsAtTheUncompressedLimit()
    {
        var archive = Archive(("chart/Chart.yaml", "apiVersion: v2\nname: x\nversion: 1.0.0\n"), ("chart/big", new string('a', 200_000)));
        var limits = new ChartLoadLimits(MaxArchiveUncompressedBytes: 100_000);
        var e = Assert.Throws<ChartLoadException>(() => ChartArchiveReader.Read(archive, limits));
        Assert.Contains("decompresses to more than 100000 bytes", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void PackagedSubchartLoadsWithItsFiles()
    {
        var chart = new ChartLoader(new DirectoryChartFileSource(FixtureCases.Root), ChartLoadLimits.Default).Load("tgz-subchart");
        var worker = Assert.Single(chart.Dependencies);
        Assert.Equal("worker", worker.Name);
        Assert.Equal("tgz-subchart/charts/worker-0.1.0.tgz", worker.Origin);
        Assert.Contains(worker.Templates, t => t.Origin == "tgz-subchart/charts/worker-0.1.0.tgz!/templates/deployment.yaml");
    }

    [Fact]
    public void HelmIgnoreDropsMatchingFiles()
    {
        var chart = new ChartLoader(new DirectoryChartFileSource(FixtureCases.Root), ChartLoadLimits.Default).Load("files-config");
        var names = chart.Files.Select(f => f.Name).ToList();
        Assert.Contains("secrets/token.txt", names);
        Assert.DoesNotContain("secrets/ignored.txt", names);
        Assert.DoesNotContain("config/app.properties.bak", names);
    }

    private static byte[] Archive(params (string Name, string Text)[] entries)
    {
        using var output = new MemoryStream();
        using (var gzip = new GZipStream(output, CompressionLevel.Fastest, leaveOpen: true))
        using (var tar = new TarWriter(gzip))
        {
            foreach (var (name, text) in entries)
            {
                tar.WriteEntry(new PaxTarEntry(TarEntryType.RegularFile, name) { DataStream = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(text)) });
            }
        }

        return output.ToArray();
    }
}
