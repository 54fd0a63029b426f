namespace GitOpsLint.Rendering.Kustomize.Resources;

public enum GeneratorBehavior
{
    Unspecified,
    Create,
    Replace,
    Merge,
}
