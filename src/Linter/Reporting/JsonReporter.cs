using GitOpsLint.Diagnostics;
using GitOpsLint.Reporting.Json;
using GitOpsLint.Syntax;

namespace GitOpsLint.Reporting;

/// <summary>
/// A documented, versioned JSON document for scripts: every finding (suppressed ones too, marked) with all its
/// fields, a summary, the run's notifications, and the rules the findings name. See Reporting/README.md.
/// </summary>
public sealed class JsonReporter : IReporter
{
    public string Format => "json";

    public void Write(ReportContext context, TextWriter output)
    {
        var diagnostics = context.Result.Diagnostics;
        var summary = ReportSummary.Of(diagnostics);
        var rules = diagnostics.Select(d => d.Descriptor).DistinctBy(d => d.Id).OrderBy(d => d.Id, StringComparer.Ordinal)
            .Select(ToRule).ToArray();
        var report = new JsonReport(
            JsonReport.CurrentVersion,
            new JsonTool("GitOpsLint", context.ToolVersion),
            context.ExitCode,
            context.ExecutionSuccessful,
            new JsonSummary(summary.Errors, summary.Warnings, summary.Notes, summary.Files, summary.Suppressed),
            context.Notifications,
            diagnostics.Select(ToFinding).ToArray(),
            rules);
        ReportJson.Write(output, report);
    }

    private static JsonFinding ToFinding(Diagnostic diagnostic) => new(
        diagnostic.Id,
        SeverityNames.ToName(diagnostic.Severity),
        diagnostic.Message,
        diagnostic.Location.Path,
        ToSpan(diagnostic.Location.Span),
        diagnostic.Location.Pointer,
        diagnostic.Fingerprint,
        diagnostic.IsSuppressed,
        diagnostic.Suppressions.Select(s => new JsonSuppression(SuppressionKindName(s.Kind), s.Justification, s.Location?.Path, s.Location is { } l ? ToSpan(l.Span) : null)).ToArray(),
        diagnostic.RelatedLocations.Select(r => new JsonRelatedLocation(r.Location.Path, ToSpan(r.Location.Span), r.Location.Pointer, r.Message)).ToArray(),
        new SortedDictionary<string, string>(diagnostic.Properties.ToDictionary(), StringComparer.Ordinal),
        diagnostic.Fix is { } fix ? new JsonFix(fix.Description, fix.Edits.Select(e => new JsonTextEdit(e.Path, ToSpan(e.Span), e.NewText)).ToArray()) : null);

    private static JsonRule ToRule(DiagnosticDescriptor rule) => new(
        rule.Id,
        rule.Title,
        rule.Category,
        SeverityNames.ToName(rule.DefaultSeverity),
        rule.Description,
        rule.HelpUri,
        rule.Tags,
        rule.SecuritySeverity);

    private static JsonSpan ToSpan(SourceSpan span) => new(ToPosition(span.Start), ToPosition(span.End));

    private static JsonPosition ToPosition(SourcePosition position) => new(position.Line, position.Column, position.Offset);

    private static string SuppressionKindName(SuppressionKind kind) => kind switch
    {
        SuppressionKind.InSource => "inSource",
        SuppressionKind.Annotation => "annotation",
        SuppressionKind.Configuration => "configuration",
        _ => "baseline",
    };
}
