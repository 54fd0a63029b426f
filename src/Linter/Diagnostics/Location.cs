using GitOpsLint.Syntax;

namespace GitOpsLint.Diagnostics;

/// <summary>Where a finding is: a repository-relative file path, a span in it, and the JSON Pointer of the node when known.</summary>
public sealed record Location(string Path, SourceSpan Span, string? Pointer = null)
{
    /// <summary>A whole-file (or file-less) location at line 1, column 1.</summary>
    public static Location InFile(string path) => new(path, SourceSpan.At(new SourcePosition(1, 1, 0)));

    /// <summary>The location of a node: its key when it is a mapping value (so the finding underlines <c>replicas:</c>), else the node.</summary>
    public static Location Of(YamlFile file, YamlNode node) => new(file.Path, node.Span, node.Pointer);

    public override string ToString() => $"{Path}({Span.Start.Line},{Span.Start.Column})";
}
