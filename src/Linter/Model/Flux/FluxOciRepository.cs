using GitOpsLint.Syntax;

namespace GitOpsLint.Model.Flux;

/// <summary>A Flux <c>OCIRepository</c>: an artifact at an <c>oci://</c> URL, selected by tag, semver or digest.</summary>
internal sealed class FluxOciRepository(KubeObject kubeObject) : FluxSource(kubeObject)
{
    public YamlMapping? Ref => Object.Spec?.GetMapping("ref");
}
