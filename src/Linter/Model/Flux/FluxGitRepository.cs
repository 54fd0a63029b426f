using GitOpsLint.Syntax;

namespace GitOpsLint.Model.Flux;

/// <summary>A Flux <c>GitRepository</c>: url and the ref (branch, tag, semver, commit) it follows.</summary>
internal sealed class FluxGitRepository(KubeObject kubeObject) : FluxSource(kubeObject)
{
    public YamlMapping? Ref => Object.Spec?.GetMapping("ref");
}
