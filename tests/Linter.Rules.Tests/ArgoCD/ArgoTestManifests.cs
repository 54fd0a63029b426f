namespace GitOpsLint.Rules.Tests.ArgoCD;

/// <summary>Application manifests for the Argo CD rule tests; line numbers in the tests refer to this layout.</summary>
internal static class ArgoTestManifests
{
    /// <summary>
    /// Line 1 apiVersion, 4 name, 5 namespace, 6 spec, 7 project, 8 source, 9 repoURL, 10 path, 11 targetRevision,
    /// 12 destination, 13 server, 14 namespace, then <paramref name="tail"/> from line 15.
    /// </summary>
    public static string App(string name = "myapp", string destinationNamespace = "myapp", string revision = "v1.2.3", string project = "default", string tail = "") =>
        "apiVersion: argoproj.io/v1alpha1\nkind: Application\nmetadata:\n"
        + $"  name: {name}\n  namespace: argocd\nspec:\n  project: {project}\n  source:\n    repoURL: https://github.com/org/monorepo.git\n    path: deploy\n"
        + $"    targetRevision: {revision}\n  destination:\n    server: https://kubernetes.default.svc\n    namespace: {destinationNamespace}\n" + tail;
}
