using GitOpsLint.Diagnostics;
using GitOpsLint.Engine;

namespace GitOpsLint.Cli;

/// <summary>The one-line summary printed when the report goes to a file.</summary>
internal static class Summary
{
    public static string Describe(LintResult result)
    {
        var active = result.Diagnostics.Where(d => !d.IsSuppressed).ToArray();
        var suppressed = result.Diagnostics.Count - active.Length;
        if (active.Length == 0)
        {
            return suppressed == 0 ? "no problems found" : $"no problems found ({suppressed} suppressed)";
        }

        var text = $"{active.Count(d => d.Severity == Severity.Error)} error(s), {active.Count(d => d.Severity == Severity.Warning)} warning(s), {active.Count(d => d.Severity == Severity.Note)} note(s)";
        return suppressed == 0 ? text : text + $" ({suppressed} suppressed)";
    }
}
