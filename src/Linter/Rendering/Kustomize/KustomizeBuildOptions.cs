using GitOpsLint.Rendering.Kustomize.Patching;

namespace GitOpsLint.Rendering.Kustomize;

/// <summary>How a kustomize build runs.</summary>
public sealed record KustomizeBuildOptions
{
    public static readonly KustomizeBuildOptions Default = new();

    /// <summary>Like <c>kustomize build --enable-helm</c>: without it a kustomization with <c>helmCharts</c> fails as in kustomize.</summary>
    public bool EnableHelm { get; init; }

    /// <summary>Renders <c>helmCharts</c> entries when <see cref="EnableHelm"/> is set (the Helm engine plugs in here).</summary>
    public IHelmChartInflator? HelmChartInflator { get; init; }

    /// <summary>Strategic-merge list keys; defaults to the built-in table of core kinds. A schema-backed lookup plugs in here.</summary>
    public IPatchMetadata PatchMetadata { get; init; } = BuiltinPatchMetadata.Instance;
}
