using System.Text;

namespace GoTemplates.Parse.Nodes;

/// <summary>A node of a parsed template; <see cref="ToString"/> prints it as Go's Node.String does (used in error contexts).</summary>
internal abstract class Node(TemplateTree tree, int pos)
{
    /// <summary>The tree (file) the node was parsed from: its text and parse name locate errors.</summary>
    public TemplateTree Tree { get; } = tree;

    /// <summary>Offset of the node in <see cref="TemplateTree.Text"/>.</summary>
    public int Pos { get; } = pos;

    public abstract void WriteTo(StringBuilder output);

    public override string ToString()
    {
        var output = new StringBuilder();
        WriteTo(output);
        return output.ToString();
    }
}
