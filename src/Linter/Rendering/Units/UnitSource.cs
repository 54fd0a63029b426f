using GitOpsLint.Diagnostics;

namespace GitOpsLint.Rendering.Units;

/// <summary>Where a unit's manifests come from.</summary>
/// <param name="RepoUrl">The git or Helm repository URL as written (null for in-repository units such as kustomize folders).</param>
/// <param name="Path">The repository-relative folder (normalised), or the chart path; null when the source has none.</param>
/// <param name="Chart">A chart name in a Helm or OCI repository.</param>
/// <param name="Revision">targetRevision, chart version, or the Flux source's ref, as written.</param>
/// <param name="IsLocal">Whether the source is this repository (decided from <c>.git/config</c> remotes and <c>repositories.self</c>).</param>
/// <param name="Type">How it renders; <see cref="UnitSourceType.Unknown"/> until the files at the path decide it.</param>
/// <param name="Location">Where the source is written (the <c>path</c>/<c>chart</c> value, else the source mapping).</param>
public sealed record UnitSource(string? RepoUrl, string? Path, string? Chart, string? Revision, bool IsLocal, UnitSourceType Type, Location Location)
{
    /// <summary>For <c>render --list</c>: "charts/myapp", "bitnami/redis@18.x", "https://github.com/x/y.git//apps".</summary>
    public string Display
    {
        get
        {
            if (Chart is not null)
            {
                var repository = RepoUrl is null ? string.Empty : RepoUrl.TrimEnd('/') + "/";
                return repository + Chart + (Revision is { Length: > 0 } r ? "@" + r : string.Empty);
            }

            var path = Path is null ? "." : Path.Length == 0 ? "." : Path;
            return IsLocal || RepoUrl is null ? path : $"{RepoUrl}//{path}";
        }
    }
}
