using System.Globalization;
using GitOpsLint.Analysis;
using GitOpsLint.Configuration;
using GitOpsLint.Diagnostics;
using GitOpsLint.Model;
using GitOpsLint.Workspace;

namespace GitOpsLint.Suppressions;

/// <summary>
/// Marks findings as suppressed (never drops them) by inline comments, the <c>gitopslint.io/ignore</c> annotation,
/// configuration <c>ignore</c> entries and the baseline; then reports suppressions that matched nothing and
/// configuration entries that expired.
/// </summary>
public sealed class SuppressionApplier(Repository repository, DateOnly today, IReadOnlySet<string>? baselineFingerprints)
{
    public const string IgnoreAnnotation = "gitopslint.io/ignore";

    public IReadOnlyList<Diagnostic> Apply(IReadOnlyList<Diagnostic> diagnostics)
    {
        var inline = repository.Files.Where(f => f.Yaml is not null).SelectMany(f => InlineSuppressionParser.Parse(f.Yaml!)).ToArray();
        var annotations = AnnotationSuppressions();
        var activeIgnores = repository.Configuration.Ignores.Where(i => i.Expires is null || i.Expires >= today).ToArray();
        var used = new HashSet<object>(ReferenceEqualityComparer.Instance);
        var result = new List<Diagnostic>(diagnostics.Count);

        foreach (var diagnostic in diagnostics)
        {
            var suppressions = new List<DiagnosticSuppression>();
            foreach (var suppression in inline.Where(s => s.Covers(diagnostic)))
            {
                used.Add(suppression);
                suppressions.Add(new DiagnosticSuppression(SuppressionKind.InSource, suppression.Reason, suppression.Location));
            }

            foreach (var annotation in annotations.Where(a => a.Covers(diagnostic)))
            {
                used.Add(annotation);
                suppressions.Add(new DiagnosticSuppression(SuppressionKind.Annotation, $"{IgnoreAnnotation} on {annotation.ObjectName}", annotation.Location));
            }

            foreach (var ignore in activeIgnores.Where(i => Matches(i, diagnostic)))
            {
                used.Add(ignore);
                suppressions.Add(new DiagnosticSuppression(SuppressionKind.Configuration, ignore.Reason, ignore.Location));
            }

            if (baselineFingerprints is not null && baselineFingerprints.Contains(diagnostic.Fingerprint))
            {
                suppressions.Add(new DiagnosticSuppression(SuppressionKind.Baseline, "present in the baseline"));
            }

            result.Add(suppressions.Count == 0 ? diagnostic : diagnostic with { Suppressions = suppressions });
        }

        foreach (var suppression in inline.Where(s => !used.Contains(s)))
        {
            result.Add(Diagnostic.Create(EngineDiagnostics.UnusedSuppression, suppression.Location, Describe(suppression.Rules)));
        }

        foreach (var annotation in annotations.Where(a => !used.Contains(a)))
        {
            result.Add(Diagnostic.Create(EngineDiagnostics.UnusedSuppression, annotation.Location, Describe(annotation.Rules)));
        }

        foreach (var ignore in activeIgnores.Where(i => !used.Contains(i)))
        {
            result.Add(Diagnostic.Create(EngineDiagnostics.UnusedSuppression, ignore.Location, Describe(ignore.Rules)));
        }

        foreach (var ignore in repository.Configuration.Ignores.Where(i => i.Expires < today))
        {
            result.Add(Diagnostic.Create(EngineDiagnostics.ExpiredSuppression, ignore.Location, Describe(ignore.Rules), ignore.Expires!.Value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)));
        }

        return result;
    }

    private static string Describe(IReadOnlyList<string> rules) => rules.Count == 0 ? "all rules" : string.Join(", ", rules);

    private bool Matches(IgnoreEntry ignore, Diagnostic diagnostic)
    {
        if (ignore.Rules.Count > 0 && !ignore.Rules.Contains(diagnostic.Id))
        {
            return false;
        }

        if (ignore.Files.Count > 0 && !ignore.Files.Any(g => g.IsMatch(diagnostic.Location.Path)))
        {
            return false;
        }

        if (ignore.Kind is null && ignore.Namespace is null && ignore.Name is null)
        {
            return true;
        }

        var kubeObject = FindObject(diagnostic);
        return kubeObject is not null &&
            GlobMatches(ignore.Kind, kubeObject.Kind) &&
            GlobMatches(ignore.Namespace, kubeObject.Namespace ?? string.Empty) &&
            GlobMatches(ignore.Name, kubeObject.Name);
    }

    private static bool GlobMatches(string? pattern, string value) =>
        pattern is null || new GlobPattern(pattern).IsMatch(value);

    /// <summary>The object whose document contains the finding, if any.</summary>
    private KubeObject? FindObject(Diagnostic diagnostic) =>
        repository.Objects.FirstOrDefault(o => o.Document.File.Path == diagnostic.Location.Path && o.Document.Span.Contains(diagnostic.Location.Span.Start));

    private IReadOnlyList<AnnotationSuppression> AnnotationSuppressions()
    {
        var result = new List<AnnotationSuppression>();
        foreach (var kubeObject in repository.Objects)
        {
            var entry = kubeObject.Metadata?.GetMapping("annotations")?.GetEntry(IgnoreAnnotation);
            if (entry?.Value is not Syntax.YamlScalar value)
            {
                continue;
            }

            var rules = value.Value.Split([',', ' '], StringSplitOptions.RemoveEmptyEntries);
            result.Add(new AnnotationSuppression(rules, kubeObject.Document.File.Path, kubeObject.Document.Span, kubeObject.DisplayName, kubeObject.LocationOf(entry.Key)));
        }

        return result;
    }

    private sealed record AnnotationSuppression(IReadOnlyList<string> Rules, string Path, Syntax.SourceSpan DocumentSpan, string ObjectName, Location Location)
    {
        public bool Covers(Diagnostic diagnostic) =>
            (Rules.Count == 0 || Rules.Contains(diagnostic.Id)) && diagnostic.Location.Path == Path && DocumentSpan.Contains(diagnostic.Location.Span.Start);
    }
}
