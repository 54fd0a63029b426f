using System.Collections.Concurrent;
using GitOpsLint.Diagnostics;
using GitOpsLint.Model;

namespace GitOpsLint.Analysis;

/// <summary>
/// Runs analyzers over a repository: file actions and object actions in parallel, then repository actions. A crashing
/// callback becomes one <see cref="EngineDiagnostics.AnalyzerCrashed"/> finding naming the analyzer and the file; the
/// run goes on. The result is sorted with <see cref="DiagnosticOrder"/>, so it does not depend on scheduling.
/// </summary>
public sealed class AnalyzerDriver
{
    private readonly IReadOnlyList<(Analyzer Analyzer, AnalysisContext Registrations, HashSet<string> Ids)> analyzers;

    public AnalyzerDriver(IEnumerable<Analyzer> analyzers)
    {
        this.analyzers = analyzers.Select(a =>
        {
            var context = new AnalysisContext();
            a.Initialize(context);
            return (a, context, new HashSet<string>(a.SupportedDiagnostics.Select(d => d.Id), StringComparer.Ordinal));
        }).ToArray();
    }

    public IReadOnlyList<Diagnostic> Run(Repository repository, IEnumerable<KubeObject>? extraObjects = null, CancellationToken cancellationToken = default)
    {
        var results = new ConcurrentBag<Diagnostic>();
        var active = analyzers.Where(a => a.Analyzer.SupportedDiagnostics.Any(repository.Configuration.IsPossiblyEnabled)).ToArray();
        var parallel = new ParallelOptions { CancellationToken = cancellationToken, MaxDegreeOfParallelism = Environment.ProcessorCount };

        Parallel.ForEach(repository.Files, parallel, file =>
        {
            foreach (var (analyzer, registrations, ids) in active)
            {
                foreach (var action in registrations.FileActions)
                {
                    Invoke(analyzer, ids, file.Path, results, report => action(new FileAnalysisContext(file, repository, report)));
                }
            }
        });

        var objects = extraObjects is null ? repository.Objects : repository.Objects.Concat(extraObjects).ToArray();
        Parallel.ForEach(objects, parallel, kubeObject =>
        {
            foreach (var (analyzer, registrations, ids) in active)
            {
                foreach (var (action, kinds) in registrations.ObjectActions)
                {
                    if (kinds.Count == 0 || kinds.Contains(kubeObject.Kind) || kinds.Contains(kubeObject.Group + "/" + kubeObject.Kind))
                    {
                        Invoke(analyzer, ids, kubeObject.Document.File.Path, results, report => action(new ObjectAnalysisContext(kubeObject, repository, report)));
                    }
                }
            }
        });

        var repositoryActions = active.SelectMany(a => a.Registrations.RepositoryActions.Select(action => (a.Analyzer, a.Ids, action))).ToArray();
        Parallel.ForEach(repositoryActions, parallel, item =>
            Invoke(item.Analyzer, item.Ids, ".", results, report => item.action(new RepositoryAnalysisContext(repository, report))));

        var sorted = results.ToList();
        sorted.Sort(DiagnosticOrder.Instance);
        return sorted;
    }

    private static void Invoke(Analyzer analyzer, HashSet<string> ids, string path, ConcurrentBag<Diagnostic> results, Action<Action<Diagnostic>> body)
    {
        var local = new List<Diagnostic>();
        try
        {
            body(diagnostic =>
            {
                if (!ids.Contains(diagnostic.Id))
                {
                    throw new InvalidOperationException($"reported {diagnostic.Id}, which it does not declare in SupportedDiagnostics");
                }

                local.Add(diagnostic);
            });
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            local.Clear();
            results.Add(Diagnostic.Create(EngineDiagnostics.AnalyzerCrashed, Location.InFile(path), analyzer.Name, exception.GetType().Name + ": " + exception.Message));
            return;
        }

        foreach (var diagnostic in local)
        {
            results.Add(diagnostic);
        }
    }
}
