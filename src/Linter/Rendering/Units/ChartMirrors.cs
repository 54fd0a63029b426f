using GitOpsLint.Configuration;
using GitOpsLint.Syntax;
using GitOpsLint.Workspace;

namespace GitOpsLint.Rendering.Units;

/// <summary>
/// Local copies of charts that live in Helm or OCI repositories, from the configuration's <c>charts:</c> section, so
/// units using them render offline:
/// <code>
/// charts:
///   - repository: https://charts.bitnami.com/bitnami   # or oci://registry/org/charts
///     name: redis
///     version: 18.6.1          # optional: without it the mirror serves every version
///     path: vendor/charts/redis
/// </code>
/// </summary>
internal sealed class ChartMirrors
{
    private readonly IReadOnlyList<(string Repository, string Name, string? Version, string? Path)> entries;

    private ChartMirrors(IReadOnlyList<(string, string, string?, string?)> entries)
    {
        this.entries = entries;
    }

    public static ChartMirrors From(LintConfiguration configuration)
    {
        var entries = new List<(string, string, string?, string?)>();
        foreach (var item in (configuration.Root?.GetSequence("charts")?.Items ?? []).OfType<YamlMapping>())
        {
            if (item.GetString("name") is { } name && item.GetString("path") is { } path)
            {
                entries.Add((Normalize(item.GetString("repository") ?? string.Empty), name, item.GetString("version"), RepoPath.Normalize(path)));
            }
        }

        return new ChartMirrors(entries);
    }

    /// <summary>The repository folder holding the chart, or null. A version constraint (ranges, wildcards) accepts any mirrored version.</summary>
    public string? Find(string? repositoryUrl, string chart, string? version)
    {
        var repository = Normalize(repositoryUrl ?? string.Empty);
        foreach (var (mirrorRepository, name, mirrorVersion, path) in entries)
        {
            if (name == chart && (mirrorRepository.Length == 0 || repository.Length == 0 || mirrorRepository == repository)
                && (mirrorVersion is null || version is null || mirrorVersion == version.TrimStart('v') || mirrorVersion == version || IsConstraint(version)))
            {
                return path;
            }
        }

        return null;
    }

    private static bool IsConstraint(string version) => version.IndexOfAny(['*', 'x', 'X', '^', '~', '>', '<', '=', ' ', '|']) >= 0;

    private static string Normalize(string url) => url.Trim().TrimEnd('/');
}
