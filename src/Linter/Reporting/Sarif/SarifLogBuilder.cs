using GitOpsLint.Diagnostics;
using GitOpsLint.Syntax;

namespace GitOpsLint.Reporting.Sarif;

/// <summary>
/// Builds the SARIF log of a report from its findings. Everything written depends only on the result and the context
/// (no clock, no machine name, no absolute path other than the given root), so two runs give the same bytes.
/// </summary>
internal sealed class SarifLogBuilder
{
    public const string SchemaUri = "https://json.schemastore.org/sarif-2.1.0.json";
    public const string SourceRootId = "%SRCROOT%";
    public const string InformationUri = "https://github.com/gitopslint/gitopslint";

    /// <summary>Longer regions get no snippet: a snippet is for reading the finding, not for copying the file.</summary>
    private const int MaxSnippetLength = 500;

    private readonly ReportContext context;
    private readonly ReportSources sources;
    private readonly IReadOnlyList<DiagnosticDescriptor> rules;
    private readonly Dictionary<string, int> ruleIndexes;
    private readonly Dictionary<string, IReadOnlyList<string>?> lineHashes = new(StringComparer.Ordinal);

    public SarifLogBuilder(ReportContext context)
    {
        this.context = context;
        sources = new ReportSources(context.Result);

        // Every rule that could report, plus any a finding names that the run did not list (engine findings).
        rules = context.Result.Rules.Concat(context.Result.Diagnostics.Select(d => d.Descriptor))
            .DistinctBy(r => r.Id).OrderBy(r => r.Id, StringComparer.Ordinal).ToArray();
        ruleIndexes = rules.Select((rule, index) => (rule.Id, index)).ToDictionary(p => p.Id, p => p.index, StringComparer.Ordinal);
    }

    public SarifLog Build(IReadOnlyList<Diagnostic> diagnostics, IReadOnlyList<string> extraNotifications)
    {
        var driver = new SarifToolComponent("GitOpsLint", context.ToolVersion, context.ToolVersion, InformationUri, rules.Select(SarifRules.ToSarif).ToArray());
        var notifications = context.Notifications.Concat(extraNotifications)
            .Select(text => new SarifNotification("warning", new SarifMessage(text))).ToArray();
        var invocation = new SarifInvocation(context.ExecutionSuccessful, context.ExitCode, notifications.Length > 0 ? notifications : null);
        var root = context.EffectiveRoot is { } directory
            ? new SarifArtifactLocation(FileUri.FromDirectory(directory), null)
            : new SarifArtifactLocation(null, null, new SarifMessage("The repository root; result URIs are relative to it."));
        var baseIds = new Dictionary<string, SarifArtifactLocation>(StringComparer.Ordinal) { [SourceRootId] = root };
        var run = new SarifRun(new SarifTool(driver), [invocation], baseIds, "utf16CodeUnits", diagnostics.Select(ToResult).ToArray());
        return new SarifLog(SchemaUri, "2.1.0", [run]);
    }

    private SarifResult ToResult(Diagnostic diagnostic)
    {
        var related = diagnostic.RelatedLocations
            .Select((r, i) => ToLocation(r.Location, i + 1, new SarifMessage(r.Message)))
            .ToArray();
        var fixes = diagnostic.Fix is { } fix ? new[] { ToFix(fix) } : null;
        var suppressions = diagnostic.Suppressions.Select(ToSuppression).ToArray();
        var properties = diagnostic.Properties.Count > 0
            ? new SortedDictionary<string, string>(diagnostic.Properties.ToDictionary(), StringComparer.Ordinal)
            : null;
        return new SarifResult(
            diagnostic.Id,
            ruleIndexes[diagnostic.Id],
            SarifLevels.Of(diagnostic.Severity),
            new SarifMessage(diagnostic.Message),
            [ToLocation(diagnostic.Location, null, null)],
            related.Length > 0 ? related : null,
            new SarifPartialFingerprints(diagnostic.Fingerprint, LineHash(diagnostic.Location)),
            fixes,
            suppressions.Length > 0 ? suppressions : null,
            properties);
    }

    private SarifLocation ToLocation(Location location, int? id, SarifMessage? message)
    {
        var snippet = sources.GetSpanText(location.Path, location.Span) is { Length: <= MaxSnippetLength } text ? new SarifArtifactContent(text) : null;
        var physical = new SarifPhysicalLocation(ArtifactOf(location.Path), ToRegion(location.Span, snippet));
        var logical = location.Pointer is { Length: > 0 } pointer
            ? new[] { new SarifLogicalLocation(JsonPointer.Split(pointer).Last(), pointer) }
            : null;
        return new SarifLocation(id, physical, logical, message);
    }

    private static SarifArtifactLocation ArtifactOf(string path) => new(FileUri.FromRelativePath(path), SourceRootId);

    private static SarifRegion ToRegion(SourceSpan span, SarifArtifactContent? snippet = null)
    {
        var startLine = Math.Max(span.Start.Line, 1);
        var startColumn = Math.Max(span.Start.Column, 1);
        var end = span.End.CompareTo(span.Start) < 0 ? span.Start : span.End;
        return new SarifRegion(startLine, startColumn, Math.Max(end.Line, startLine), Math.Max(end.Column, 1), snippet);
    }

    private static SarifFix ToFix(Fix fix)
    {
        // One artifactChange per file, files in the order the fix first touches them, edits in their own order.
        var changes = fix.Edits.GroupBy(e => e.Path, StringComparer.Ordinal)
            .Select(g => new SarifArtifactChange(
                ArtifactOf(g.Key),
                g.Select(e => new SarifReplacement(ToRegion(e.Span), e.NewText.Length > 0 ? new SarifArtifactContent(e.NewText) : null)).ToArray()))
            .ToArray();
        return new SarifFix(new SarifMessage(fix.Description), changes);
    }

    private SarifSuppression ToSuppression(DiagnosticSuppression suppression)
    {
        // A comment or an annotation is written in the file itself; configuration and baselines are outside it.
        var kind = suppression.Kind is SuppressionKind.InSource or SuppressionKind.Annotation ? "inSource" : "external";
        var location = suppression.Location is { } where ? ToLocation(where, null, null) : null;
        return new SarifSuppression(kind, "accepted", string.IsNullOrWhiteSpace(suppression.Justification) ? null : suppression.Justification, location);
    }

    private string? LineHash(Location location)
    {
        if (!lineHashes.TryGetValue(location.Path, out var hashes))
        {
            hashes = sources.GetRawText(location.Path) is { } text ? PrimaryLocationLineHash.Compute(text) : null;
            lineHashes[location.Path] = hashes;
        }

        var line = Math.Max(location.Span.Start.Line, 1);
        return hashes is not null && line <= hashes.Count ? hashes[line - 1] : null;
    }
}
