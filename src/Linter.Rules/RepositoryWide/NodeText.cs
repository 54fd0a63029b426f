using GitOpsLint.Diagnostics;
using GitOpsLint.Model;
using GitOpsLint.Syntax;

namespace GitOpsLint.Rules.RepositoryWide;

/// <summary>
/// Locations inside a node's written text (the <c>{{</c> in a block scalar, the <c>${var}</c> in a value), for
/// findings that deserve a narrower place than the whole node. Only for objects written in the repository; rendered
/// objects fall back to their node's mapped location.
/// </summary>
internal static class NodeText
{
    /// <summary>The text of the node as written in the file.</summary>
    public static string Raw(YamlFile file, YamlNode node)
    {
        var start = Math.Clamp(node.Span.Start.Offset, 0, file.Text.Text.Length);
        var end = Math.Clamp(node.Span.End.Offset, start, file.Text.Text.Length);
        return file.Text.Text[start..end];
    }

    /// <summary>The location of the first <paramref name="needle"/> written inside <paramref name="node"/>, or the node's location.</summary>
    public static Location Find(KubeObject kubeObject, YamlNode node, string needle, bool includeOpeningQuote = false) =>
        kubeObject.Origin is SourceOrigin ? Find(kubeObject.Document.File, node, needle, includeOpeningQuote) : kubeObject.LocationOf(node);

    public static Location Find(YamlFile file, YamlNode node, string needle, bool includeOpeningQuote = false)
    {
        var raw = Raw(file, node);
        var index = raw.IndexOf(needle, StringComparison.Ordinal);
        if (index < 0)
        {
            return Location.Of(file, node);
        }

        var length = needle.Length;
        if (includeOpeningQuote && index > 0 && raw[index - 1] is '"' or '\'')
        {
            index--;
            length++;
        }

        var offset = node.Span.Start.Offset + index;
        return new Location(file.Path, new SourceSpan(file.Text.PositionAt(offset), file.Text.PositionAt(offset + length)), node.Pointer);
    }
}
