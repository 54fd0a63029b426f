namespace GitOpsLint.Schemas;

public enum ApiVersionState
{
    /// <summary>Served and not deprecated (or nothing is known about it).</summary>
    Current,
    Deprecated,

    /// <summary>Removed from Kubernetes, or no longer served by the CRD, or not a version the CRD defines.</summary>
    Removed,
}

/// <summary>What the lifecycle data says about an object's apiVersion, and what to use instead.</summary>
public sealed record ApiVersionStatus(ApiVersionState State, string Reason, string? Replacement)
{
    /// <summary>What to do, in words ("use apps/v1", or advice when there is no successor).</summary>
    public string Advice { get; init; } = string.Empty;
}
