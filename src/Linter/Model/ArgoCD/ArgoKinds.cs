namespace GitOpsLint.Model.ArgoCD;

/// <summary>The Argo CD API group and kinds, and the test for them.</summary>
public static class ArgoKinds
{
    public const string Group = "argoproj.io";
    public const string Application = "Application";
    public const string ApplicationSet = "ApplicationSet";
    public const string AppProject = "AppProject";

    public static bool Is(KubeObject kubeObject, string kind) => kubeObject.Group == Group && kubeObject.Kind == kind;
}
