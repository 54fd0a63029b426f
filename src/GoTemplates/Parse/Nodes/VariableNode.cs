using System.Text;

namespace GoTemplates.Parse.Nodes;

/// <summary>A variable with optional field chain: <c>$x.a.b</c> is Ident ["$x", "a", "b"].</summary>
internal sealed class VariableNode(TemplateTree tree, int pos, string text) : Node(tree, pos)
{
    public string[] Ident { get; } = text.Split('.');

    public override void WriteTo(StringBuilder output) => output.AppendJoin('.', Ident);
}
