namespace GitOpsLint.Model.Kustomize;

/// <summary>The kustomization.yaml field a file reference is written in.</summary>
public enum KustomizeField
{
    Resources,
    Components,
    Bases,
    Patches,
    PatchesStrategicMerge,
    PatchesJson6902,
    ConfigMapGenerator,
    SecretGenerator,
    Crds,
    Configurations,
    Replacements,
    Generators,
    Transformers,
    Validators,
    OpenApi,
}
