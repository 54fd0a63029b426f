namespace GitOpsLint.Rendering.Helm;

/// <summary>Which stage of <c>helm template</c> refused the chart.</summary>
public enum HelmErrorKind
{
    /// <summary>Loading or validating the chart or its dependencies (Chart.yaml, archives, missing subcharts, <c>--show-only</c>).</summary>
    Chart,

    /// <summary><c>--name-template</c> does not render.</summary>
    ReleaseName,

    /// <summary>Reading or coalescing values (value files, <c>--set</c> expressions, type clashes).</summary>
    Values,

    /// <summary>The values break a chart's <c>values.schema.json</c>.</summary>
    Schema,

    /// <summary>The chart's <c>kubeVersion</c> constraint excludes the target Kubernetes version.</summary>
    KubeVersion,

    /// <summary>A template does not parse.</summary>
    TemplateParse,

    /// <summary>A template fails while executing (including <c>required</c> and <c>fail</c>).</summary>
    TemplateExecution,

    /// <summary>A render limit was reached (output size, time, nesting depth).</summary>
    Limit,

    /// <summary>A rendered document is not valid YAML (Helm's <c>YAML parse error on ...</c>).</summary>
    Manifest,
}
