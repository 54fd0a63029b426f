using System.Text;

namespace GoTemplates.Parse.Nodes;

internal sealed class StringNode(TemplateTree tree, int pos, string quoted, string text) : Node(tree, pos)
{
    /// <summary>The literal as written, with quotes.</summary>
    public string Quoted { get; } = quoted;

    public string Text { get; } = text;

    public override void WriteTo(StringBuilder output) => output.Append(Quoted);
}
