namespace GitOpsLint.Rendering.Units;

/// <summary>Limits and engines for discovering and rendering units. Defaults suit a CI run on a large monorepo.</summary>
public sealed record UnitOptions
{
    public static readonly UnitOptions Default = new();

    /// <summary>Most Applications one ApplicationSet may generate; beyond it the expansion stops with one problem.</summary>
    public int MaxGeneratedApplications { get; init; } = 2_000;

    /// <summary>Most parameter sets a generator (a matrix in particular) may produce before templates are applied.</summary>
    public int MaxParameterSets { get; init; } = 10_000;

    /// <summary>Nesting of matrix/merge generators Argo CD accepts (it allows two levels).</summary>
    public int MaxGeneratorDepth { get; init; } = 2;

    /// <summary>Depth of app-of-apps (and Flux Kustomization) recursion followed by <see cref="UnitRenderer.RenderAll"/>.</summary>
    public int MaxUnitDepth { get; init; } = 10;

    /// <summary>Renders Helm charts; null when no Helm engine is wired in (Helm units then produce one problem each).</summary>
    public IChartRenderer? ChartRenderer { get; init; }

    /// <summary>Kubernetes version given to Helm (<c>.Capabilities.KubeVersion</c>); null for the configuration's target version.</summary>
    public string? KubeVersion { get; init; }
}
