namespace GitOpsLint.Reporting;

/// <summary>One output format. Reporters only format: they never filter, sort or change findings.</summary>
public interface IReporter
{
    /// <summary>The name used with <c>--format</c>.</summary>
    string Format { get; }

    void Write(ReportContext context, TextWriter output);
}
