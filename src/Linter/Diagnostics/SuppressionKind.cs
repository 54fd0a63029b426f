namespace GitOpsLint.Diagnostics;

public enum SuppressionKind
{
    /// <summary>A <c># gitopslint-disable...</c> comment in the file.</summary>
    InSource,

    /// <summary>The <c>gitopslint.io/ignore</c> annotation on the object.</summary>
    Annotation,

    /// <summary>An <c>ignore</c> entry of .gitopslint.yaml.</summary>
    Configuration,

    /// <summary>A finding already in the baseline file.</summary>
    Baseline,
}

/// <summary>Why a finding does not count: it stays in reports (SARIF <c>suppressions</c>) but fails nothing.</summary>
public sealed record DiagnosticSuppression(SuppressionKind Kind, string? Justification, Location? Location = null);
