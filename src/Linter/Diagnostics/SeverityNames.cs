namespace GitOpsLint.Diagnostics;

/// <summary>The words used for severities in configuration, on the command line and in reports.</summary>
public static class SeverityNames
{
    public static string ToName(Severity severity) => severity switch
    {
        Severity.Error => "error",
        Severity.Warning => "warning",
        Severity.Note => "note",
        _ => "none",
    };

    public static bool TryParse(string? text, out Severity severity)
    {
        switch (text?.Trim().ToLowerInvariant())
        {
            case "error":
                severity = Severity.Error;
                return true;
            case "warning" or "warn":
                severity = Severity.Warning;
                return true;
            case "note" or "info":
                severity = Severity.Note;
                return true;
            case "none" or "off":
                severity = Severity.None;
                return true;
            default:
                severity = Severity.None;
                return false;
        }
    }
}
