using GitOpsLint.Diagnostics;

namespace GitOpsLint.Analysis;

/// <summary>Findings the engine itself reports (not a rule's): a crashing analyzer, suppression bookkeeping.</summary>
public static class EngineDiagnostics
{
    public static readonly DiagnosticDescriptor AnalyzerCrashed = new(
        "GOL990",
        "Internal error in a rule",
        "rule {0} failed on this file and was skipped for it: {1}",
        DiagnosticCategory.Configuration,
        Severity.Warning,
        "A rule threw an exception while checking a file or object. The run went on without that rule's findings there. Please report it with the file that triggers it.")
    {
        GoodExample = null,
    };

    public static readonly DiagnosticDescriptor UnusedSuppression = new(
        "GOL902",
        "Unused suppression",
        "this suppression of {0} matches no finding; remove it",
        DiagnosticCategory.Configuration,
        Severity.Note,
        "A `gitopslint-disable` comment, a `gitopslint.io/ignore` annotation or an `ignore` entry of .gitopslint.yaml suppresses nothing. Stale suppressions hide the next real problem; remove them.")
    {
        BadExample = "# gitopslint-disable-next-line GOL501\nreplicas: 3\n",
        GoodExample = "replicas: 3\n",
    };

    public static readonly DiagnosticDescriptor ExpiredSuppression = new(
        "GOL903",
        "Expired suppression",
        "this suppression of {0} expired on {1}; the findings it covered are reported again: fix them or extend the date",
        DiagnosticCategory.Configuration,
        Severity.Warning,
        "An `ignore` entry of .gitopslint.yaml has an `expires` date in the past. It no longer suppresses anything, so the findings it covered count again.")
    {
        BadExample = "ignore:\n  - rules: [GOL601]\n    kind: Deployment\n    expires: 2020-01-01\n",
        GoodExample = "ignore:\n  - rules: [GOL601]\n    kind: Deployment\n    reason: third-party chart, tracked in JIRA-123\n    expires: 2030-01-01\n",
    };

    public static IReadOnlyList<DiagnosticDescriptor> All { get; } = [AnalyzerCrashed, UnusedSuppression, ExpiredSuppression];
}
