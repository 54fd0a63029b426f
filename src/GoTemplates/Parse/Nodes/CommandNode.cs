using System.Text;

namespace GoTemplates.Parse.Nodes;

/// <summary>One stage of a pipeline: an operand followed by arguments.</summary>
internal sealed class CommandNode(TemplateTree tree, int pos) : Node(tree, pos)
{
    public List<Node> Args { get; } = [];

    public override void WriteTo(StringBuilder output)
    {
        for (int i = 0; i < Args.Count; i++)
        {
            if (i > 0) output.Append(' ');
            if (Args[i] is PipeNode pipe)
            {
                output.Append('(');
                pipe.WriteTo(output);
                output.Append(')');
                continue;
            }
            Args[i].WriteTo(output);
        }
    }
}
