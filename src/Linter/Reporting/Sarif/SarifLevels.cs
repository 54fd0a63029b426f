using GitOpsLint.Diagnostics;

namespace GitOpsLint.Reporting.Sarif;

/// <summary>SARIF's level words (§3.27.10).</summary>
internal static class SarifLevels
{
    public static string Of(Severity severity) => severity switch
    {
        Severity.Error => "error",
        Severity.Warning => "warning",
        Severity.Note => "note",
        _ => "none",
    };
}
