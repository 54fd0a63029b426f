using System.Security.Cryptography;
using System.Text;
using GitOpsLint.Diagnostics;
using GitOpsLint.Reporting.CodeClimate;

namespace GitOpsLint.Reporting;

/// <summary>
/// A GitLab Code Quality report (a subset of the Code Climate spec): a JSON array with one issue per unsuppressed
/// finding. GitLab's severities are info, minor, major, critical and blocker: notes are <c>info</c>, warnings
/// <c>minor</c>, errors <c>major</c>, and errors of security rules <c>critical</c> (security severity 7.0 or more) or
/// <c>blocker</c> (9.0 or more), like CVSS's high and critical bands. The fingerprint is GitOpsLint's stable one, so
/// GitLab tracks an issue across commits as baselines do.
/// </summary>
public sealed class CodeClimateReporter : IReporter
{
    public string Format => "codeclimate";

    public void Write(ReportContext context, TextWriter output)
    {
        var issues = context.Result.Diagnostics.Where(d => !d.IsSuppressed).Select(ToIssue).ToArray();
        ReportJson.Write(output, issues);
    }

    private static CodeClimateIssue ToIssue(Diagnostic diagnostic)
    {
        var span = diagnostic.Location.Span;
        var lines = new CodeClimateLines(Math.Max(span.Start.Line, 1), Math.Max(span.End.Line, Math.Max(span.Start.Line, 1)));
        return new CodeClimateIssue(
            "issue",
            diagnostic.Id,
            diagnostic.Message,
            [diagnostic.Descriptor.Category == DiagnosticCategory.Security || diagnostic.Descriptor.SecuritySeverity is not null ? "Security" : "Bug Risk"],
            SeverityOf(diagnostic),
            diagnostic.Fingerprint.Length > 0 ? diagnostic.Fingerprint : FallbackFingerprint(diagnostic),
            new CodeClimateLocation(diagnostic.Location.Path, lines));
    }

    internal static string SeverityOf(Diagnostic diagnostic) => diagnostic.Severity switch
    {
        Severity.Error when diagnostic.Descriptor.SecuritySeverity >= 9.0 => "blocker",
        Severity.Error when diagnostic.Descriptor.SecuritySeverity >= 7.0 => "critical",
        Severity.Error => "major",
        Severity.Warning => "minor",
        _ => "info",
    };

    /// <summary>Only for findings made outside the engine (which always fingerprints): rule, file, position and message.</summary>
    private static string FallbackFingerprint(Diagnostic diagnostic)
    {
        var identity = $"{diagnostic.Id}\n{diagnostic.Location.Path}\n{diagnostic.Location.Span}\n{diagnostic.Message}";
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(identity)).AsSpan(0, 16));
    }
}
