using System.Text;

namespace GoTemplates.Parse.Nodes;

internal sealed class NilNode(TemplateTree tree, int pos) : Node(tree, pos)
{
    public override void WriteTo(StringBuilder output) => output.Append("nil");
}
