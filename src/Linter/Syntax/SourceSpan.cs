namespace GitOpsLint.Syntax;

/// <summary>A range of a file: <see cref="Start"/> inclusive, <see cref="End"/> exclusive (the position just after the text).</summary>
public readonly record struct SourceSpan(SourcePosition Start, SourcePosition End)
{
    public static SourceSpan At(SourcePosition position) => new(position, position);

    public bool Contains(SourcePosition position) =>
        Start.CompareTo(position) <= 0 && (position.CompareTo(End) < 0 || Start == End && position == Start);

    public override string ToString() => $"{Start}-{End}";
}
