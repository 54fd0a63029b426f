using BenchmarkDotNet.Attributes;
using GitOpsLint.Rendering.Kustomize;
using GitOpsLint.Workspace;

namespace GitOpsLint.Benchmarks.Kustomize;

/// <summary>Builds and prints 500 overlays of one base (see <see cref="OverlayCorpus"/>), as `kubectl kustomize` would once per overlay.</summary>
[MemoryDiagnoser]
public class KustomizeBuildBenchmark
{
    private const int Overlays = 500;
    private InMemoryWorkspace workspace = null!;

    [GlobalSetup]
    public void Setup() => workspace = new InMemoryWorkspace(OverlayCorpus.Files(Overlays));

    [Benchmark]
    public int Build500Overlays()
    {
        var bytes = 0;
        for (var i = 0; i < Overlays; i++)
        {
            var result = KustomizeBuilder.Build(workspace, $"overlays/o{i}");
            if (!result.Succeeded)
            {
                throw new InvalidOperationException(result.Errors[0].ToString());
            }

            bytes += result.ToYaml().Length;
        }

        return bytes;
    }
}
