using GitOpsLint.Syntax;

namespace GitOpsLint.Model.Flux;

/// <summary>A Flux <c>HelmRepository</c>: an HTTP chart repository (index.yaml) or, with <c>type: oci</c>, an OCI registry.</summary>
internal sealed class FluxHelmRepository(KubeObject kubeObject) : FluxSource(kubeObject)
{
    /// <summary><c>spec.type</c>: <c>default</c> (HTTP) when absent, or <c>oci</c>.</summary>
    public YamlScalar? Type => Object.Spec?.GetValue("type") as YamlScalar;

    public bool IsOci => Type?.Value == "oci";
}
