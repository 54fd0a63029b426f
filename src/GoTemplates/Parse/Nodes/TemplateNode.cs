using System.Text;
using GoTemplates.Runtime;

namespace GoTemplates.Parse.Nodes;

/// <summary><c>{{template "name" pipeline}}</c> (also what <c>{{block}}</c> leaves in place).</summary>
internal sealed class TemplateNode(TemplateTree tree, int pos, int line, string name, PipeNode? pipe) : Node(tree, pos)
{
    public int Line { get; } = line;

    public string Name { get; } = name;

    public PipeNode? Pipe { get; } = pipe;

    public override void WriteTo(StringBuilder output)
    {
        output.Append("{{template ").Append(GoFmt.Quote(Name));
        if (Pipe is not null)
        {
            output.Append(' ');
            Pipe.WriteTo(output);
        }
        output.Append("}}");
    }
}
