using BenchmarkDotNet.Attributes;
using GitOpsLint.Configuration;
using GitOpsLint.Engine;
using GitOpsLint.Model;
using GitOpsLint.Rules.Schema;
using GitOpsLint.Workspace;

namespace GitOpsLint.Benchmarks.Schemas;

/// <summary>
/// Schema validation throughput: 10,000 generated objects (Deployments, Services, Applications, HelmReleases; one in
/// ten with a mistake) validated by the schema analyzer through the real engine. Objects per second =
/// 10,000 / mean time. Parsing is done in setup, so the figure is the analyzer's (schemas compile once per run, as in
/// a real run, and that is inside the measurement).
/// </summary>
[MemoryDiagnoser]
public class SchemaValidationBenchmarks
{
    public const int ObjectCount = 10_000;

    private Repository repository = null!;
    private GitOpsLint.Analysis.AnalyzerDriver driver = null!;

    [GlobalSetup]
    public void Setup()
    {
        var files = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var file = 0; file < ObjectCount / 100; file++)
        {
            files[$"apps/app{file:D3}.yaml"] = string.Join("---\n", Enumerable.Range(0, 100).Select(i => MixedObjects.Create(file * 100 + i)));
        }

        repository = RepositoryLoader.Load(new InMemoryWorkspace(files), LintConfiguration.Default);
        driver = new GitOpsLint.Analysis.AnalyzerDriver([new SchemaValidationAnalyzer()]);
    }

    /// <summary>A fresh Repository each time, so the per-run schema cache is rebuilt as in a real run.</summary>
    [Benchmark]
    public int ValidateTenThousandObjects()
    {
        var run = new Repository(repository.Workspace, repository.Configuration, repository.AllFiles, repository.Files, repository.Objects);
        return driver.Run(run).Count;
    }
}
