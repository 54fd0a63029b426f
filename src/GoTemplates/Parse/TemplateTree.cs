using GoTemplates.Parse.Nodes;

namespace GoTemplates.Parse;

/// <summary>
/// One named template: its body and the source it came from. Templates defined inside a file share the
/// file's <see cref="ParseName"/> and <see cref="Text"/>, so error positions point into that file.
/// </summary>
internal sealed class TemplateTree(string name, string parseName, string text)
{
    public string Name { get; set; } = name;

    public string ParseName { get; } = parseName;

    public string Text { get; } = text;

    public ListNode? Root { get; set; }

    /// <summary>Go's IsEmptyTree: only whitespace text and comments, so a later definition may replace it.</summary>
    public static bool IsEmpty(Node? node) => node switch
    {
        null => true,
        ListNode list => list.Nodes.TrueForAll(IsEmpty),
        TextNode text => string.IsNullOrWhiteSpace(text.Text),
        _ => false,
    };

    /// <summary>Go's ErrorContext location: "parseName:line:column", the column being a 0-based byte offset in the line.</summary>
    public string Location(int pos)
    {
        int lineStart = Text.LastIndexOf('\n', Math.Max(pos - 1, 0));
        if (pos == 0) lineStart = -1;
        int line = 1;
        for (int i = 0; i < pos; i++)
            if (Text[i] == '\n') line++;
        int columnStart = lineStart + 1;
        int column = System.Text.Encoding.UTF8.GetByteCount(Text.AsSpan(columnStart, pos - columnStart));
        return ParseName + ":" + line + ":" + column;
    }
}
