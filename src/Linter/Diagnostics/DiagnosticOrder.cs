namespace GitOpsLint.Diagnostics;

/// <summary>The one order reports use: by file, position, rule, message. Output is deterministic because of it.</summary>
public sealed class DiagnosticOrder : IComparer<Diagnostic>
{
    public static readonly DiagnosticOrder Instance = new();

    public int Compare(Diagnostic? x, Diagnostic? y)
    {
        if (ReferenceEquals(x, y))
        {
            return 0;
        }

        if (x is null || y is null)
        {
            return x is null ? -1 : 1;
        }

        var result = string.CompareOrdinal(x.Location.Path, y.Location.Path);
        if (result == 0)
        {
            result = x.Location.Span.Start.CompareTo(y.Location.Span.Start);
        }

        if (result == 0)
        {
            result = x.Location.Span.End.CompareTo(y.Location.Span.End);
        }

        if (result == 0)
        {
            result = string.CompareOrdinal(x.Id, y.Id);
        }

        if (result == 0)
        {
            result = string.CompareOrdinal(x.Message, y.Message);
        }

        return result;
    }
}
