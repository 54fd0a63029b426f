using System.Text;

namespace GoTemplates.Parse.Nodes;

internal sealed class TextNode(TemplateTree tree, int pos, string text) : Node(tree, pos)
{
    public string Text { get; } = text;

    public override void WriteTo(StringBuilder output) => output.Append(Text);
}
