using System.Text;
using BenchmarkDotNet.Attributes;
using GitOpsLint.Benchmarks.Synthetic;
using GitOpsLint.Configuration;
using GitOpsLint.Engine;
using GitOpsLint.Rules;
using GitOpsLint.Workspace;

namespace GitOpsLint.Benchmarks.Foundation;

/// <summary>
/// The foundation's targets: syntax + classification of 10,000 generated manifests in under 1 s on 2 cores
/// (<see cref="ParseAndClassify10000Manifests"/>), and the whole engine with the built-in rules on the same input.
/// </summary>
[MemoryDiagnoser]
public class SyntaxBenchmarks
{
    private InMemoryWorkspace workspace = null!;

    [GlobalSetup]
    public void Setup()
    {
        var files = SyntheticRepository.Generate(new SyntheticRepositoryOptions { Applications = 0, HelmReleases = 0, Overlays = 0, Charts = 0, Manifests = 10_000 });
        workspace = new InMemoryWorkspace(files);
    }

    [Benchmark]
    public int ParseAndClassify10000Manifests() => RepositoryLoader.Load(workspace, LintConfiguration.Default).Objects.Count;

    [Benchmark]
    public int CheckWithBuiltInRules10000Manifests() =>
        LintEngine.Run(new LintRequest(workspace, LintConfiguration.Default, BuiltInAnalyzers.All)).Diagnostics.Count;
}
