using System.Numerics;
using System.Text;

namespace GoTemplates.Parse.Nodes;

/// <summary>
/// A numeric constant with every interpretation Go allows at once (a constant such as <c>3</c> is int, uint
/// and float at the same time); the evaluator picks the one the context needs.
/// </summary>
internal sealed class NumberNode(TemplateTree tree, int pos, string text) : Node(tree, pos)
{
    public string Text { get; } = text;

    public bool IsInt { get; set; }

    public bool IsUint { get; set; }

    public bool IsFloat { get; set; }

    public bool IsComplex { get; set; }

    public long Int64 { get; set; }

    public ulong Uint64 { get; set; }

    public double Float64 { get; set; }

    public Complex Complex128 { get; set; }

    public override void WriteTo(StringBuilder output) => output.Append(Text);
}
