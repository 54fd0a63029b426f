using GitOpsLint.Model.References;

namespace GitOpsLint.Model.Kustomize;

/// <summary>
/// A path written in a kustomization: which field, whether a folder is allowed there (resources, components and
/// bases name kustomization folders), and whether it must be one.
/// </summary>
public sealed record KustomizeFileReference(KustomizeField Field, LocatedString Written, bool MayBeDirectory, bool MustBeDirectory)
{
    /// <summary>The field as written in kustomization.yaml, for messages.</summary>
    public string FieldName => Field switch
    {
        KustomizeField.Resources => "resources",
        KustomizeField.Components => "components",
        KustomizeField.Bases => "bases",
        KustomizeField.Patches => "patches",
        KustomizeField.PatchesStrategicMerge => "patchesStrategicMerge",
        KustomizeField.PatchesJson6902 => "patchesJson6902",
        KustomizeField.ConfigMapGenerator => "configMapGenerator",
        KustomizeField.SecretGenerator => "secretGenerator",
        KustomizeField.Crds => "crds",
        KustomizeField.Configurations => "configurations",
        KustomizeField.Replacements => "replacements",
        KustomizeField.Generators => "generators",
        KustomizeField.Transformers => "transformers",
        KustomizeField.Validators => "validators",
        _ => "openapi",
    };
}
