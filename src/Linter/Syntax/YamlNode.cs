namespace GitOpsLint.Syntax;

/// <summary>
/// An immutable node of a parsed YAML document. Every node knows where it is written (<see cref="Span"/>)
/// and where it sits in the document (<see cref="Pointer"/>, an RFC 6901 JSON Pointer).
/// </summary>
/// <remarks>
/// Nodes reached through an alias are copies of the anchored node placed at the alias's pointer; their
/// <see cref="Span"/> is the anchored text (where the value is really written) and <see cref="IsAliasCopy"/> is set.
/// </remarks>
public abstract class YamlNode
{
    private protected YamlNode(string pointer, SourceSpan span, string? tag, string? anchor, bool isAliasCopy)
    {
        Pointer = pointer;
        Span = span;
        Tag = tag;
        Anchor = anchor;
        IsAliasCopy = isAliasCopy;
    }

    public abstract YamlNodeKind Kind { get; }

    /// <summary>JSON Pointer of this node in its document ("" for the root).</summary>
    public string Pointer { get; }

    public SourceSpan Span { get; }

    /// <summary>An explicit tag (<c>!!str</c>, <c>!Ref</c>) if written, else null.</summary>
    public string? Tag { get; }

    public string? Anchor { get; }

    public bool IsAliasCopy { get; }

    /// <summary>All nodes below this one, depth first, in document order (this node first).</summary>
    public IEnumerable<YamlNode> DescendantsAndSelf()
    {
        var stack = new Stack<YamlNode>();
        stack.Push(this);
        while (stack.Count > 0)
        {
            var node = stack.Pop();
            yield return node;
            var children = node.Children;
            for (var i = children.Count - 1; i >= 0; i--)
            {
                stack.Push(children[i]);
            }
        }
    }

    /// <summary>Direct children in document order (for a mapping: key, value, key, value ...).</summary>
    public abstract IReadOnlyList<YamlNode> Children { get; }

    /// <summary>Follows a relative JSON Pointer ("/spec/source/path") from this node; null when a step is missing.</summary>
    public YamlNode? Navigate(string relativePointer)
    {
        if (relativePointer.Length == 0)
        {
            return this;
        }

        YamlNode? current = this;
        foreach (var token in JsonPointer.Split(relativePointer))
        {
            current = current switch
            {
                YamlMapping mapping => mapping.GetValue(token),
                YamlSequence sequence when int.TryParse(token, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var index)
                    && index < sequence.Items.Count => sequence.Items[index],
                _ => null,
            };
            if (current is null)
            {
                return null;
            }
        }

        return current;
    }
}
