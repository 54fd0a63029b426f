using System.Text;

namespace GoTemplates.Parse.Nodes;

internal sealed class ListNode(TemplateTree tree, int pos) : Node(tree, pos)
{
    public List<Node> Nodes { get; } = [];

    public override void WriteTo(StringBuilder output)
    {
        foreach (var node in Nodes) node.WriteTo(output);
    }
}
