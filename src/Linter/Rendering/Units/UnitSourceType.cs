namespace GitOpsLint.Rendering.Units;

/// <summary>How a unit's source is rendered, decided the way the controller decides it.</summary>
public enum UnitSourceType
{
    /// <summary>Not decided yet (decided when rendering, from the files at the path).</summary>
    Unknown,

    /// <summary>A Helm chart folder in this repository.</summary>
    Helm,

    /// <summary>A kustomization folder in this repository.</summary>
    Kustomize,

    /// <summary>A folder of plain manifests.</summary>
    Directory,

    /// <summary>A chart from a Helm or OCI repository: rendered only from a local mirror configured in <c>charts:</c>.</summary>
    HelmRepositoryChart,

    /// <summary>A config management plugin: not rendered offline.</summary>
    Plugin,

    /// <summary>Another git repository: never fetched.</summary>
    Remote,
}
