namespace GitOpsLint.Rendering.Kustomize.Resources;

internal enum GeneratorBehavior
{
    Unspecified,
    Create,
    Replace,
    Merge,
}
