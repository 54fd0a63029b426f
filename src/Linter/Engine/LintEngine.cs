using GitOpsLint.Analysis;
using GitOpsLint.Diagnostics;
using GitOpsLint.Suppressions;

namespace GitOpsLint.Engine;

/// <summary>
/// The pipeline of one run: load the repository, run the analyzers, apply configured severities, fingerprint,
/// apply suppressions and the baseline, keep the requested paths, sort.
/// </summary>
public static class LintEngine
{
    public static LintResult Run(LintRequest request, CancellationToken cancellationToken = default)
    {
        var repository = RepositoryLoader.Load(request.Workspace, request.Configuration);
        if (request.RenderUnits)
        {
            repository.AttachDesiredState(DesiredStateBuilder.Build(repository));
        }

        // A rendered object that comes from a repository file unchanged enough to map to the same place can make a
        // rule report the same finding twice (once on the file, once on the render): keep one per rule and position.
        var raw = new AnalyzerDriver(request.Analyzers).Run(repository, repository.DesiredState.Objects, cancellationToken)
            .DistinctBy(d => (d.Id, d.Location.Path, d.Location.Span.Start, d.Message))
            .ToList();

        // Fingerprints first: the baseline matches on them. Suppression bookkeeping adds its own findings, so
        // severities are applied after it, to everything, and the final list is fingerprinted in report order
        // (the same identities keep the same fingerprints).
        var fingerprinted = Fingerprints.Assign(raw, repository);
        var suppressed = new SuppressionApplier(repository, request.Today, request.BaselineFingerprints).Apply(fingerprinted);
        var final = new List<Diagnostic>(suppressed.Count);
        foreach (var diagnostic in suppressed)
        {
            var severity = request.Configuration.SeverityFor(diagnostic.Descriptor, diagnostic.Location.Path);
            if (severity != Severity.None && (request.OnlyPaths is null || request.OnlyPaths.Contains(diagnostic.Location.Path)))
            {
                final.Add(diagnostic with { Severity = severity });
            }
        }

        final.Sort(DiagnosticOrder.Instance);
        var reported = Fingerprints.Assign(final, repository);
        var rules = request.Analyzers.SelectMany(a => a.SupportedDiagnostics).Concat(EngineDiagnostics.All)
            .DistinctBy(d => d.Id).OrderBy(d => d.Id, StringComparer.Ordinal).ToArray();
        return new LintResult(repository, reported, rules);
    }
}
