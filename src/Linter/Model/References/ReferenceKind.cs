namespace GitOpsLint.Model.References;

/// <summary>What a reference written in the repository points at.</summary>
public enum ReferenceKind
{
    /// <summary>An Application source's <c>path</c> (a folder).</summary>
    SourcePath,

    /// <summary>A Helm value file of an Application source (<c>helm.valueFiles</c>).</summary>
    ValueFile,

    /// <summary>A file of <c>helm.fileParameters</c>.</summary>
    FileParameter,

    /// <summary>A file or folder written in a kustomization (resources, components, patches, generator files ...).</summary>
    KustomizeFile,

    /// <summary>A <c>file://</c> dependency of a Chart.yaml.</summary>
    ChartDependency,
}
