using GitOpsLint.Analysis;
using GitOpsLint.Configuration;
using GitOpsLint.Workspace;

namespace GitOpsLint.Engine;

/// <summary>What to lint and how.</summary>
public sealed record LintRequest(IWorkspace Workspace, LintConfiguration Configuration, IReadOnlyList<Analyzer> Analyzers)
{
    /// <summary>Report only findings in these repository paths (pre-commit passes the staged files); null reports everything.</summary>
    public IReadOnlySet<string>? OnlyPaths { get; init; }

    /// <summary>Fingerprints of accepted findings (from a baseline); matching findings are marked suppressed.</summary>
    public IReadOnlySet<string>? BaselineFingerprints { get; init; }

    /// <summary>Render every unit (Argo CD, Flux, kustomize) so rules also check the desired state; off for syntax-only runs.</summary>
    public bool RenderUnits { get; init; } = true;

    /// <summary>The date expiring suppressions are judged against.</summary>
    public DateOnly Today { get; init; } = DateOnly.FromDateTime(DateTime.UtcNow);
}
