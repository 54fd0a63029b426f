using BenchmarkDotNet.Attributes;
using GitOpsLint.Analysis;
using GitOpsLint.Configuration;
using GitOpsLint.Engine;
using GitOpsLint.Model;
using GitOpsLint.Model.References;
using GitOpsLint.Rules;
using GitOpsLint.Workspace;

namespace GitOpsLint.Benchmarks.Rules;

/// <summary>
/// The reference index and every reference (GOL2xx) and Argo CD (GOL3xx) rule on a generated repository of 1,000
/// Applications: loading (parse) and analysis separately, and the whole run. Target: the whole run under 2 s on 2 cores.
/// </summary>
[MemoryDiagnoser]
public class ArgoRulesBenchmark
{
    private InMemoryWorkspace workspace = null!;
    private Repository repository = null!;
    private Analyzer[] analyzers = null!;

    [Params(1000)]
    public int Applications { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        workspace = new InMemoryWorkspace(ArgoRepositoryGenerator.Generate(Applications));
        repository = RepositoryLoader.Load(workspace, LintConfiguration.Default);
        analyzers = BuiltInAnalyzers.All.Where(a => a.SupportedDiagnostics.Any(d => d.Id.StartsWith("GOL2", StringComparison.Ordinal) || d.Id.StartsWith("GOL3", StringComparison.Ordinal))).ToArray();
    }

    [Benchmark]
    public int BuildReferenceIndex() => ReferenceIndex.Build(repository).References.Count;

    [Benchmark]
    public int AnalyzeLoadedRepository() => new AnalyzerDriver(analyzers).Run(repository).Count;

    [Benchmark]
    public int WholeRun() => LintEngine.Run(new LintRequest(workspace, LintConfiguration.Default, analyzers)).Diagnostics.Count;
}
