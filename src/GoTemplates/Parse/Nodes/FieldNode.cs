using System.Text;

namespace GoTemplates.Parse.Nodes;

/// <summary>A field chain starting at dot: <c>.a.b</c> is Ident ["a", "b"].</summary>
internal sealed class FieldNode(TemplateTree tree, int pos, string text) : Node(tree, pos)
{
    public string[] Ident { get; } = text[1..].Split('.');

    public override void WriteTo(StringBuilder output)
    {
        foreach (var ident in Ident) output.Append('.').Append(ident);
    }
}
