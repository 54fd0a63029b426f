using GitOpsLint.Diagnostics;

namespace GitOpsLint.Suppressions;

public enum InlineSuppressionScope
{
    /// <summary><c># gitopslint-disable-next-line</c>: the next line that is not a comment.</summary>
    NextLine,

    /// <summary><c># gitopslint-disable-line</c>: the line the comment is on.</summary>
    Line,

    /// <summary><c># gitopslint-disable-file</c>: the whole file.</summary>
    File,
}

/// <summary>A suppression comment: the rules it names (empty means all), the line it covers, and where it is written.</summary>
public sealed record InlineSuppression(InlineSuppressionScope Scope, IReadOnlyList<string> Rules, int TargetLine, string? Reason, Location Location)
{
    public bool Covers(Diagnostic diagnostic) =>
        (Rules.Count == 0 || Rules.Contains(diagnostic.Id)) &&
        diagnostic.Location.Path == Location.Path &&
        (Scope == InlineSuppressionScope.File || diagnostic.Location.Span.Start.Line == TargetLine);
}
