namespace GitOpsLint.Rendering.Kustomize.Configuration;

/// <summary>The fields a kustomization.yaml may hold (kustomize v5.5); any other field is an error, as in kustomize.</summary>
internal static class KustomizationFields
{
    public static readonly HashSet<string> Known = new(StringComparer.Ordinal)
    {
        "apiVersion", "kind", "metadata", "openapi", "namePrefix", "nameSuffix", "namespace", "commonLabels", "labels",
        "commonAnnotations", "patchesStrategicMerge", "patchesJson6902", "patches", "images", "imageTags", "replacements",
        "replicas", "vars", "sortOptions", "resources", "components", "crds", "bases", "configMapGenerator",
        "secretGenerator", "helmGlobals", "helmCharts", "helmChartInflationGenerator", "generatorOptions",
        "configurations", "generators", "transformers", "validators", "buildMetadata",
    };
}
