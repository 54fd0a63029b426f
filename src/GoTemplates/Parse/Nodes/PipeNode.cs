using System.Text;

namespace GoTemplates.Parse.Nodes;

/// <summary>A pipeline with optional variable declarations (<c>$x := </c>) or assignment (<c>$x = </c>).</summary>
internal sealed class PipeNode(TemplateTree tree, int pos, int line) : Node(tree, pos)
{
    public int Line { get; } = line;

    public bool IsAssign { get; set; }

    public List<VariableNode> Decl { get; } = [];

    public List<CommandNode> Cmds { get; } = [];

    public override void WriteTo(StringBuilder output)
    {
        if (Decl.Count > 0)
        {
            for (int i = 0; i < Decl.Count; i++)
            {
                if (i > 0) output.Append(", ");
                Decl[i].WriteTo(output);
            }
            output.Append(" := ");
        }
        for (int i = 0; i < Cmds.Count; i++)
        {
            if (i > 0) output.Append(" | ");
            Cmds[i].WriteTo(output);
        }
    }
}
