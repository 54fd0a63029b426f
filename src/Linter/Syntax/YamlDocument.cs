namespace GitOpsLint.Syntax;

/// <summary>One document of a YAML stream (a file may hold several, separated by <c>---</c>).</summary>
public sealed class YamlDocument
{
    internal YamlDocument(YamlFile file, int index, YamlNode? root, SourceSpan span)
    {
        File = file;
        Index = index;
        Root = root;
        Span = span;
    }

    public YamlFile File { get; }

    /// <summary>0-based position of the document in its file.</summary>
    public int Index { get; }

    /// <summary>The root node, or null for an empty document.</summary>
    public YamlNode? Root { get; }

    public SourceSpan Span { get; }

    /// <summary>The node at a JSON Pointer ("" is the root), or null.</summary>
    public YamlNode? GetNode(string pointer) => Root?.Navigate(pointer);

    /// <summary>The deepest node written at a position (alias copies excluded), or null.</summary>
    public YamlNode? FindNodeAt(SourcePosition position)
    {
        if (Root is null || !Root.Span.Contains(position))
        {
            return null;
        }

        var current = Root;
        while (true)
        {
            YamlNode? next = null;
            foreach (var child in current.Children)
            {
                if (!child.IsAliasCopy && child.Span.Contains(position))
                {
                    next = child;
                    break;
                }
            }

            if (next is null)
            {
                return current;
            }

            current = next;
        }
    }
}
