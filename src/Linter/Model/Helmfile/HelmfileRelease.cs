using GitOpsLint.Syntax;

namespace GitOpsLint.Model.Helmfile;

/// <summary>An entry of a helmfile's <c>releases</c>: name, chart (repo/chart, local path or OCI), values and secrets files.</summary>
internal sealed class HelmfileRelease(YamlMapping node)
{
    public YamlMapping Node { get; } = node;

    public YamlScalar? Name => Node.GetValue("name") as YamlScalar;

    public YamlScalar? Chart => Node.GetValue("chart") as YamlScalar;

    public YamlScalar? Namespace => Node.GetValue("namespace") as YamlScalar;

    public IReadOnlyList<HelmfileFileReference> Values { get; } = HelmfileFileReference.ReadAll(node.GetSequence("values"));

    public IReadOnlyList<HelmfileFileReference> Secrets { get; } = HelmfileFileReference.ReadAll(node.GetSequence("secrets"));

    /// <summary>Whether the chart is a local folder (<c>./</c>, <c>../</c>), which helmfile resolves against the helmfile's folder.</summary>
    public bool HasLocalChart => Chart?.Value is { } chart && (chart.StartsWith("./", StringComparison.Ordinal) || chart.StartsWith("../", StringComparison.Ordinal) || chart is "." or "..");

    /// <summary>The repository name of a <c>repo/chart</c> reference, or null for local and OCI charts.</summary>
    public string? RepositoryName
    {
        get
        {
            if (Chart?.Value is not { } chart || HasLocalChart || chart.Contains("://", StringComparison.Ordinal) || chart.StartsWith('/'))
            {
                return null;
            }

            var slash = chart.IndexOf('/');
            return slash > 0 ? chart[..slash] : null;
        }
    }
}
