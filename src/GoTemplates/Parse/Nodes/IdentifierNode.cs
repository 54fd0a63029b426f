using System.Text;

namespace GoTemplates.Parse.Nodes;

/// <summary>A function name.</summary>
internal sealed class IdentifierNode(TemplateTree tree, int pos, string name) : Node(tree, pos)
{
    public string Name { get; } = name;

    public override void WriteTo(StringBuilder output) => output.Append(Name);
}
