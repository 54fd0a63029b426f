using GitOpsLint.Diagnostics;

namespace GitOpsLint.Reporting;

/// <summary>Counts over a run's findings: unsuppressed ones by severity and by file, and suppressed ones apart.</summary>
internal sealed record ReportSummary(int Errors, int Warnings, int Notes, int Files, int Suppressed)
{
    public int Problems => Errors + Warnings + Notes;

    public static ReportSummary Of(IEnumerable<Diagnostic> diagnostics)
    {
        int errors = 0, warnings = 0, notes = 0, suppressed = 0;
        var files = new HashSet<string>(StringComparer.Ordinal);
        foreach (var diagnostic in diagnostics)
        {
            if (diagnostic.IsSuppressed)
            {
                suppressed++;
                continue;
            }

            switch (diagnostic.Severity)
            {
                case Severity.Error:
                    errors++;
                    break;
                case Severity.Warning:
                    warnings++;
                    break;
                case Severity.Note:
                    notes++;
                    break;
                default:
                    continue;
            }

            files.Add(diagnostic.Location.Path);
        }

        return new ReportSummary(errors, warnings, notes, files.Count, suppressed);
    }

    /// <summary><c>2 errors, 1 warning, 0 notes in 2 files (1 suppressed)</c>, or <c>no problems found</c>.</summary>
    public override string ToString()
    {
        var suppressedText = Suppressed > 0 ? $" ({Suppressed} suppressed)" : string.Empty;
        if (Problems == 0)
        {
            return "no problems found" + suppressedText;
        }

        return $"{Count(Errors, "error")}, {Count(Warnings, "warning")}, {Count(Notes, "note")} in {Count(Files, "file")}{suppressedText}";
    }

    private static string Count(int count, string noun) =>
        count.ToString(System.Globalization.CultureInfo.InvariantCulture) + " " + noun + (count == 1 ? string.Empty : "s");
}
