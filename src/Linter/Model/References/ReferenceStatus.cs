namespace GitOpsLint.Model.References;

/// <summary>How a reference resolved.</summary>
public enum ReferenceStatus
{
    /// <summary>The target exists in the repository.</summary>
    Found,

    /// <summary>The target should be in the repository and is not.</summary>
    Missing,

    /// <summary>A folder exists but lacks the file that makes it what the reference needs (kustomization.yaml, Chart.yaml).</summary>
    Incomplete,

    /// <summary>The path climbs above the repository root; Argo CD and kustomize refuse it.</summary>
    EscapesRoot,

    /// <summary>The target is in another repository or behind a URL; it is not checked offline.</summary>
    External,

    /// <summary>The path depends on values known only when it runs (build environment variables).</summary>
    Unresolved,

    /// <summary>A multi-source <c>$name/...</c> path whose <c>name</c> is not the <c>ref</c> of any source.</summary>
    UnknownSourceRef,
}
