using GitOpsLint.Syntax;

namespace GitOpsLint.Model.Flux;

/// <summary>A HelmRelease's <c>spec.chart.spec</c> (and a HelmChart's <c>spec</c>): chart name or path, version constraint, source.</summary>
internal sealed class FluxHelmChartTemplate(YamlMapping node, SourceReference? sourceRef)
{
    public YamlMapping Node { get; } = node;

    /// <summary>The chart name (HelmRepository) or path in the artifact (GitRepository, Bucket).</summary>
    public YamlScalar? Chart => Node.GetValue("chart") as YamlScalar;

    /// <summary>The semver constraint; Flux's default is <c>*</c>. Ignored for GitRepository and Bucket sources.</summary>
    public YamlScalar? Version => Node.GetValue("version") as YamlScalar;

    public YamlScalar? Interval => Node.GetValue("interval") as YamlScalar;

    public SourceReference? SourceRef { get; } = sourceRef;

    public YamlSequence? ValuesFiles => Node.GetSequence("valuesFiles");
}
