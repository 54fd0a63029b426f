using System.Text;

namespace GoTemplates.Parse.Nodes;

/// <summary>A non-control action such as <c>{{.X}}</c> or <c>{{$x := f 1}}</c>.</summary>
internal sealed class ActionNode(TemplateTree tree, int pos, int line, PipeNode pipe) : Node(tree, pos)
{
    public int Line { get; } = line;

    public PipeNode Pipe { get; } = pipe;

    public override void WriteTo(StringBuilder output)
    {
        output.Append("{{");
        Pipe.WriteTo(output);
        output.Append("}}");
    }
}
