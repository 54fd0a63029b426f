namespace GitOpsLint.Syntax;

public sealed class YamlSequence : YamlNode
{
    internal YamlSequence(string pointer, SourceSpan span, string? tag, string? anchor, bool isAliasCopy, IReadOnlyList<YamlNode> items)
        : base(pointer, span, tag, anchor, isAliasCopy)
    {
        Items = items;
    }

    public override YamlNodeKind Kind => YamlNodeKind.Sequence;

    public IReadOnlyList<YamlNode> Items { get; }

    public override IReadOnlyList<YamlNode> Children => Items;
}
