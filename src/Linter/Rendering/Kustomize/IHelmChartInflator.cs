using GitOpsLint.Rendering.Kustomize.Nodes;
using GitOpsLint.Workspace;

namespace GitOpsLint.Rendering.Kustomize;

/// <summary>What rendering one <c>helmCharts</c> entry produced: the manifest text (YAML documents), or an error.</summary>
public sealed record HelmInflationResult(string? Manifest, string? Error);

/// <summary>
/// Renders one <c>helmCharts</c> entry of a kustomization (its name, repo, version, releaseName, namespace, valuesFile,
/// valuesInline ... as written) with the <c>helmGlobals</c> of the same file, like kustomize's HelmChartInflationGenerator.
/// </summary>
public interface IHelmChartInflator
{
    HelmInflationResult Inflate(IWorkspace workspace, string kustomizationDirectory, KMapping chart, KMapping? helmGlobals);
}
