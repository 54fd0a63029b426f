namespace GitOpsLint.Model;

/// <summary>What a file in the repository is for; decides which rules read it and whether it is parsed as YAML at all.</summary>
public enum FileRole
{
    /// <summary>Kubernetes and GitOps manifests (the default for .yaml/.yml/.json files).</summary>
    Manifests,

    /// <summary>Helm values files (values.yaml, values-*.yaml, environments/*/values.yaml ...).</summary>
    HelmValues,

    /// <summary>Chart.yaml, Chart.lock, requirements.yaml.</summary>
    ChartMetadata,

    /// <summary>Files under a chart's templates/ folder: Go templates, not YAML until rendered.</summary>
    HelmTemplate,

    /// <summary>kustomize's kustomization.yaml / kustomization.yml / Kustomization.</summary>
    KustomizeConfig,

    /// <summary>helmfile.yaml and helmfile.d/.</summary>
    Helmfile,

    /// <summary>CI configuration (.github/workflows, .gitlab-ci.yml, pre-commit): YAML, but not for a cluster.</summary>
    CiConfig,

    /// <summary>.gitopslint.yaml.</summary>
    LinterConfig,

    /// <summary>Anything else (not parsed).</summary>
    Other,
}
