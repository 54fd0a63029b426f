using BenchmarkDotNet.Attributes;
using GitOpsLint.Rendering.Helm;
using GitOpsLint.Rendering.Helm.Loading;

namespace GitOpsLint.Benchmarks.Helm;

/// <summary>
/// Renders per second of a 20-template chart (<c>tests/fixtures/charts/bench20</c>: helpers, include, tpl, toYaml, range,
/// a hook and a test), end to end in-process: load from disk, coalesce, execute, sort, print. Compare with
/// <c>tools/goldens/charts/bench-oracle.sh</c>, which times the reference renderer (a process per render) on the same chart.
/// </summary>
[MemoryDiagnoser]
public class HelmRenderBenchmarks
{
    private DirectoryChartFileSource source = null!;

    [GlobalSetup]
    public void Setup()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "GitOpsLint.sln")))
        {
            dir = dir.Parent;
        }

        source = new DirectoryChartFileSource(Path.Combine(dir?.FullName ?? throw new DirectoryNotFoundException("repository root not found"), "tests", "fixtures", "charts"));
        var result = HelmRenderer.Render(source, "bench20", new HelmRenderOptions());
        if (!result.Succeeded)
        {
            throw new InvalidOperationException("bench20 does not render: " + result.Error!.Message);
        }
    }

    [Benchmark]
    public int RenderTwentyTemplateChart() => HelmRenderer.Render(source, "bench20", new HelmRenderOptions()).Manifests.Count;
}
