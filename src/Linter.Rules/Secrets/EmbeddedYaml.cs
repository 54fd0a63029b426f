using GitOpsLint.Diagnostics;
using GitOpsLint.Model;
using GitOpsLint.Syntax;

namespace GitOpsLint.Rules.Secrets;

/// <summary>
/// YAML written inside a string (Argo CD's <c>helm.values: |</c>): parsed on its own, with locations mapped back into
/// the enclosing file when the string is a literal block of a source file (line for line, shifted by its
/// indentation); otherwise every node is located at the string.
/// </summary>
internal sealed record EmbeddedYaml(YamlMapping Root, Func<YamlNode, Location> Locate)
{
    public static EmbeddedYaml? Parse(KubeObject owner, YamlScalar text)
    {
        var parsed = YamlParser.Parse(owner.Document.File.Path + "#values", text.Value);
        if (parsed.Issues.Count > 0 || parsed.Documents.FirstOrDefault()?.Root is not YamlMapping root)
        {
            return null;
        }

        var file = owner.Document.File;
        if (owner.Origin is not SourceOrigin || text.Style != YamlScalarStyle.Literal)
        {
            return new EmbeddedYaml(root, _ => owner.LocationOf(text));
        }

        var firstContentLine = text.Span.Start.Line + 1;
        var contentLine = file.Text.GetLine(firstContentLine);
        var indent = contentLine.Length - contentLine.TrimStart(' ').Length;
        return new EmbeddedYaml(root, node =>
        {
            var line = firstContentLine + node.Span.Start.Line - 1;
            var column = indent + node.Span.Start.Column;
            var endLine = firstContentLine + node.Span.End.Line - 1;
            var endColumn = indent + node.Span.End.Column;
            var start = new SourcePosition(line, column, file.Text.OffsetOf(line, column));
            var end = new SourcePosition(endLine, endColumn, file.Text.OffsetOf(endLine, endColumn));
            return new Location(file.Path, new SourceSpan(start, end), text.Pointer);
        });
    }
}
