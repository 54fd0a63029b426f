using GitOpsLint.Model;
using GitOpsLint.Model.Flux;

namespace GitOpsLint.Rules.Flux;

/// <summary>
/// Decides whether a <c>sourceRef</c> points at the repository being linted, so that paths in it can be checked
/// against the repository's files. A GitRepository counts as this repository when it is the bootstrap
/// <c>flux-system</c> one, when it is not defined here (the usual case of a source created elsewhere for this
/// repository), or when its URL is the bootstrap GitRepository's (or the only GitRepository URL in the repository).
/// OCIRepository and Bucket contents are never assumed.
/// </summary>
internal static class FluxSourceScope
{
    public static bool IsThisRepository(Model.Repository repository, SourceReference? sourceRef)
    {
        if (sourceRef is null || sourceRef.Kind != FluxApi.GitRepository)
        {
            return false;
        }

        if (sourceRef.Name == FluxApi.BootstrapName)
        {
            return true;
        }

        var defined = repository.Index.Find(FluxApi.GitRepository, sourceRef.Name, sourceRef.Namespace).Where(IsGitRepository).ToArray();
        if (defined.Length == 0)
        {
            return true;
        }

        var url = defined[0].Spec?.GetString("url");
        var bootstrapUrls = repository.Index.Find(FluxApi.GitRepository, FluxApi.BootstrapName).Where(IsGitRepository)
            .Select(o => o.Spec?.GetString("url")).Where(u => u is not null).Distinct(StringComparer.Ordinal).ToArray();
        if (bootstrapUrls.Length > 0)
        {
            return bootstrapUrls.Contains(url, StringComparer.Ordinal);
        }

        var allUrls = repository.Index.OfKind(FluxApi.GitRepository).Where(IsGitRepository)
            .Select(o => o.Spec?.GetString("url")).Distinct(StringComparer.Ordinal).Count();
        return allUrls == 1;
    }

    private static bool IsGitRepository(KubeObject kubeObject) => kubeObject.Group == FluxApi.SourceGroup;
}
