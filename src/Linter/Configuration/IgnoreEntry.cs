using GitOpsLint.Diagnostics;
using GitOpsLint.Workspace;

namespace GitOpsLint.Configuration;

/// <summary>
/// A configured suppression: findings of <see cref="Rules"/> (all rules when empty) in matching files and/or on
/// matching objects (kind/namespace/name globs, for third-party charts that cannot carry annotations).
/// With an <see cref="Expires"/> date in the past it no longer suppresses, and says so.
/// </summary>
public sealed record IgnoreEntry(
    IReadOnlyList<string> Rules,
    IReadOnlyList<GlobPattern> Files,
    string? Kind,
    string? Namespace,
    string? Name,
    string? Reason,
    DateOnly? Expires,
    Location Location);
