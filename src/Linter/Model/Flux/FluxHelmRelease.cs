using GitOpsLint.Syntax;

namespace GitOpsLint.Model.Flux;

/// <summary>A typed view of a Flux <c>HelmRelease</c> (any served version) over its <see cref="KubeObject"/>.</summary>
internal sealed class FluxHelmRelease
{
    private FluxHelmRelease(KubeObject kubeObject)
    {
        Object = kubeObject;
        var chartSpec = kubeObject.Spec?.GetMapping("chart")?.GetMapping("spec");
        Chart = chartSpec is null ? null : new FluxHelmChartTemplate(chartSpec, SourceReference.Read(chartSpec.GetMapping("sourceRef"), kubeObject));
        ChartRef = SourceReference.Read(kubeObject.Spec?.GetMapping("chartRef"), kubeObject);
        DependsOn = DependencyReference.ReadAll(kubeObject);
        ValuesFrom = ValuesReference.ReadAll(kubeObject.Spec?.GetSequence("valuesFrom"));
    }

    public KubeObject Object { get; }

    public static FluxHelmRelease? From(KubeObject kubeObject) =>
        kubeObject.Group == FluxApi.HelmGroup && kubeObject.Kind == FluxApi.HelmRelease ? new FluxHelmRelease(kubeObject) : null;

    public YamlScalar? Interval => Object.Spec?.GetValue("interval") as YamlScalar;

    /// <summary><c>spec.chart.spec</c>, or null when the release uses <c>chartRef</c>.</summary>
    public FluxHelmChartTemplate? Chart { get; }

    /// <summary><c>spec.chartRef</c> (v2: an OCIRepository or HelmChart).</summary>
    public SourceReference? ChartRef { get; }

    public YamlMapping? Values => Object.Spec?.GetMapping("values");

    public IReadOnlyList<ValuesReference> ValuesFrom { get; }

    public IReadOnlyList<DependencyReference> DependsOn { get; }

    public YamlScalar? TargetNamespace => Object.Spec?.GetValue("targetNamespace") as YamlScalar;

    public YamlScalar? ReleaseName => Object.Spec?.GetValue("releaseName") as YamlScalar;

    public YamlMapping? Install => Object.Spec?.GetMapping("install");

    public YamlMapping? Upgrade => Object.Spec?.GetMapping("upgrade");

    public YamlSequence? PostRenderers => Object.Spec?.GetSequence("postRenderers");
}
