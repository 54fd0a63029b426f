using GitOpsLint.Model;

namespace GitOpsLint.Rendering.ArgoCD;

/// <summary>The Argo CD kinds the renderer reads.</summary>
internal static class ArgoKinds
{
    public const string Group = "argoproj.io";
    public const string Application = "Application";
    public const string ApplicationSet = "ApplicationSet";

    /// <summary>The server URL of the cluster Argo CD runs in.</summary>
    public const string InClusterServer = "https://kubernetes.default.svc";

    public const string InClusterName = "in-cluster";

    public static bool IsApplication(KubeObject o) => o.Group == Group && o.Kind == Application;

    public static bool IsApplicationSet(KubeObject o) => o.Group == Group && o.Kind == ApplicationSet;
}
