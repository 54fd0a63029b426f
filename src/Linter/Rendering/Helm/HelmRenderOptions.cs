using GitOpsLint.Rendering.Helm.Engine;
using GitOpsLint.Rendering.Helm.Loading;
using GoTemplates.Sprig;

namespace GitOpsLint.Rendering.Helm;

/// <summary>The inputs of one <c>helm template</c> run; defaults are helm's.</summary>
public sealed record HelmRenderOptions
{
    public string ReleaseName { get; init; } = "release-name";

    public string Namespace { get; init; } = "default";

    public bool IsUpgrade { get; init; }

    /// <summary>Load <c>file://</c> dependencies missing from <c>charts/</c> from their folders, as <c>helm dependency build</c> (run by Argo CD and Flux) would; <c>helm template</c> alone refuses them.</summary>
    public bool BuildFileDependencies { get; init; }

    /// <summary>Value files (<c>-f</c>), in order, as paths in the chart file source.</summary>
    public IReadOnlyList<string> ValueFiles { get; init; } = [];

    /// <summary>Value documents given inline (Argo CD <c>values</c>/<c>valuesObject</c>, Flux <c>values</c>), applied after <see cref="ValueFiles"/>.</summary>
    public IReadOnlyList<string> ValueDocuments { get; init; } = [];

    public IReadOnlyList<string> SetJson { get; init; } = [];

    public IReadOnlyList<string> Set { get; init; } = [];

    public IReadOnlyList<string> SetString { get; init; } = [];

    /// <summary><c>--set-file key=path</c>; paths are read from the chart file source.</summary>
    public IReadOnlyList<string> SetFile { get; init; } = [];

    /// <summary><c>--kube-version</c>; null for Helm's default v1.20.0.</summary>
    public string? KubeVersion { get; init; }

    /// <summary><c>--api-versions</c>, added to the built-in list.</summary>
    public IReadOnlyList<string> ApiVersions { get; init; } = [];

    public bool IncludeCrds { get; init; }

    public bool SkipTests { get; init; }

    public bool NoHooks { get; init; }

    public IReadOnlyList<string> ShowOnly { get; init; } = [];

    /// <summary>Validate the coalesced values against values.schema.json (helm's default; <c>--skip-schema-validation</c> turns it off).</summary>
    public bool ValidateSchema { get; init; } = true;

    /// <summary>Follow Helm 4 where it differs from Helm 3.21.</summary>
    public bool Helm4 { get; init; }

    public ChartLoadLimits Limits { get; init; } = ChartLoadLimits.Default;

    /// <summary><c>--debug</c>: on a render failure, print what was rendered (Helm prints the unsorted files after a YAML error) and no hint.</summary>
    public bool Debug { get; init; }

    /// <summary><c>--name-template</c>: the release name is this Go template rendered with Sprig and no data (instead of <see cref="ReleaseName"/>).</summary>
    public string? NameTemplate { get; init; }

    /// <summary>Sprig's clock, random seed and time zone; fix them for reproducible renders of <c>now</c>, <c>randAlphaNum</c> ...</summary>
    public SprigOptions Sprig { get; init; } = new();

    /// <summary>Characters one template may write, and the largest string or list one function call may return.</summary>
    public long MaxOutputLength { get; init; } = 64L * 1024 * 1024;

    /// <summary>Wall-clock budget of each template execution.</summary>
    public TimeSpan? Timeout { get; init; } = TimeSpan.FromSeconds(60);

    internal KubeVersionInfo ParseKubeVersion()
    {
        if (KubeVersion is null)
        {
            return KubeVersionInfo.Default;
        }

        return KubeVersionInfo.TryParse(KubeVersion, out var version, out var error)
            ? version
            : throw new ChartLoadException($"invalid kube version '{KubeVersion}': {error}");
    }
}
