namespace GitOpsLint.Syntax;

/// <summary>The text of a file with its line starts, for turning offsets into lines and printing source lines.</summary>
public sealed class SourceText
{
    private readonly int[] lineStarts;

    public SourceText(string text)
    {
        Text = text;
        var starts = new List<int> { 0 };
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\n')
            {
                starts.Add(i + 1);
            }
        }

        lineStarts = starts.ToArray();
    }

    public string Text { get; }

    public int LineCount => lineStarts.Length;

    /// <summary>The text of a 1-based line without its line break; empty when out of range.</summary>
    public string GetLine(int line)
    {
        if (line < 1 || line > lineStarts.Length)
        {
            return string.Empty;
        }

        var start = lineStarts[line - 1];
        var end = line < lineStarts.Length ? lineStarts[line] - 1 : Text.Length;
        if (end > start && Text[end - 1] == '\r')
        {
            end--;
        }

        return Text[start..end];
    }

    public SourcePosition PositionAt(int offset)
    {
        offset = Math.Clamp(offset, 0, Text.Length);
        var index = Array.BinarySearch(lineStarts, offset);
        var line = index >= 0 ? index : ~index - 1;
        return new SourcePosition(line + 1, offset - lineStarts[line] + 1, offset);
    }

    public int OffsetOf(int line, int column)
    {
        if (line < 1)
        {
            return 0;
        }

        if (line > lineStarts.Length)
        {
            return Text.Length;
        }

        return Math.Min(lineStarts[line - 1] + Math.Max(column - 1, 0), Text.Length);
    }
}
