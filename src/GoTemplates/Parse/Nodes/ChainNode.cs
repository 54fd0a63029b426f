using System.Text;

namespace GoTemplates.Parse.Nodes;

/// <summary>A term followed by field accesses, e.g. <c>(pipeline).a.b</c>.</summary>
internal sealed class ChainNode(TemplateTree tree, int pos, Node node) : Node(tree, pos)
{
    public Node Node { get; } = node;

    public List<string> Field { get; } = [];

    /// <summary>Adds a field token's text (".a" or ".a.b").</summary>
    public void Add(string field)
    {
        foreach (var part in field[1..].Split('.')) Field.Add(part);
    }

    public override void WriteTo(StringBuilder output)
    {
        if (Node is PipeNode)
        {
            output.Append('(');
            Node.WriteTo(output);
            output.Append(')');
        }
        else
        {
            Node.WriteTo(output);
        }
        foreach (var field in Field) output.Append('.').Append(field);
    }
}
