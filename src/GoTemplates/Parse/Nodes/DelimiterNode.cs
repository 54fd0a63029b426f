using System.Text;

namespace GoTemplates.Parse.Nodes;

/// <summary>The parser-internal <c>{{end}}</c> and <c>{{else}}</c> markers; never left in a finished tree.</summary>
internal sealed class DelimiterNode(TemplateTree tree, int pos, int line, bool isElse) : Node(tree, pos)
{
    public int Line { get; } = line;

    public bool IsElse { get; } = isElse;

    public override void WriteTo(StringBuilder output) => output.Append(IsElse ? "{{else}}" : "{{end}}");
}
