namespace GitOpsLint.Syntax;

/// <summary>A 1-based line and column in a source file, with the 0-based character offset it stands at.</summary>
public readonly record struct SourcePosition(int Line, int Column, int Offset) : IComparable<SourcePosition>
{
    public int CompareTo(SourcePosition other)
    {
        var byLine = Line.CompareTo(other.Line);
        return byLine != 0 ? byLine : Column.CompareTo(other.Column);
    }

    public override string ToString() => $"{Line}:{Column}";
}
