using System.Text;

namespace GoTemplates.Parse.Nodes;

internal enum BranchKind { If, Range, With }

/// <summary><c>{{if}}</c>, <c>{{range}}</c> or <c>{{with}}</c> with its body and optional else list.</summary>
internal sealed class BranchNode(TemplateTree tree, int pos, int line, BranchKind kind, PipeNode pipe, ListNode list, ListNode? elseList) : Node(tree, pos)
{
    public BranchKind Kind { get; } = kind;

    public int Line { get; } = line;

    public PipeNode Pipe { get; } = pipe;

    public ListNode List { get; } = list;

    public ListNode? ElseList { get; } = elseList;

    public override void WriteTo(StringBuilder output)
    {
        output.Append("{{").Append(Kind switch { BranchKind.If => "if", BranchKind.Range => "range", _ => "with" }).Append(' ');
        Pipe.WriteTo(output);
        output.Append("}}");
        List.WriteTo(output);
        if (ElseList is not null)
        {
            output.Append("{{else}}");
            ElseList.WriteTo(output);
        }
        output.Append("{{end}}");
    }
}
