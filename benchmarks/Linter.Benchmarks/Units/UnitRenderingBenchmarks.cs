using BenchmarkDotNet.Attributes;
using GitOpsLint.Benchmarks.Synthetic;
using GitOpsLint.Configuration;
using GitOpsLint.Engine;
using GitOpsLint.Model;
using GitOpsLint.Workspace;

namespace GitOpsLint.Benchmarks.Units;

/// <summary>
/// Issue 6's target: discover and render every unit of a generated repository with 500 kustomize overlays (each
/// deployed by a Flux Kustomization), to compare with `kubectl kustomize` run once per overlay
/// (tools/goldens/kustomize/bench-kubectl.sh measures that side).
/// </summary>
[MemoryDiagnoser]
public class UnitRenderingBenchmarks
{
    private Repository repository = null!;

    [GlobalSetup]
    public void Setup()
    {
        var files = SyntheticRepository.Generate(new SyntheticRepositoryOptions { Applications = 0, HelmReleases = 0, Charts = 0, Manifests = 0, Overlays = 500 });
        repository = RepositoryLoader.Load(new InMemoryWorkspace(files), LintConfiguration.Default);
    }

    [Benchmark]
    public int RenderAllUnitsOf500Overlays() => DesiredStateBuilder.Build(repository).Objects.Count;
}
