using GitOpsLint.Diagnostics;
using GitOpsLint.Workspace;

namespace GitOpsLint.Configuration;

/// <summary>Severities that apply only to findings in files matching one of <see cref="Files"/>; later overrides win.</summary>
public sealed record PathOverride(IReadOnlyList<GlobPattern> Files, IReadOnlyDictionary<string, Severity> Severities);
