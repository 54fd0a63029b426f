using System.Text;

namespace GoTemplates.Parse.Nodes;

internal sealed class BoolNode(TemplateTree tree, int pos, bool value) : Node(tree, pos)
{
    public bool Value { get; } = value;

    public override void WriteTo(StringBuilder output) => output.Append(Value ? "true" : "false");
}
