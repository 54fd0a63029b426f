namespace GitOpsLint.Model.Flux;

/// <summary>A Flux <c>HelmChart</c>: a chart taken from a HelmRepository, GitRepository or Bucket.</summary>
internal sealed class FluxHelmChart(KubeObject kubeObject) : FluxSource(kubeObject)
{
    public FluxHelmChartTemplate? Template { get; } = kubeObject.Spec is { } spec
        ? new FluxHelmChartTemplate(spec, SourceReference.Read(spec.GetMapping("sourceRef"), kubeObject))
        : null;
}
