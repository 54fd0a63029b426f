using System.Text;

namespace GoTemplates.Parse.Nodes;

/// <summary><c>{{break}}</c> or <c>{{continue}}</c> inside a range.</summary>
internal sealed class LoopControlNode(TemplateTree tree, int pos, int line, bool isBreak) : Node(tree, pos)
{
    public int Line { get; } = line;

    public bool IsBreak { get; } = isBreak;

    public override void WriteTo(StringBuilder output) => output.Append(IsBreak ? "{{break}}" : "{{continue}}");
}
