using System.Collections.Concurrent;
using System.Text;
using GitOpsLint.Diagnostics;
using GitOpsLint.Model;
using GitOpsLint.Syntax;

namespace GitOpsLint.Rendering.Provenance;

/// <summary>
/// Turns <see cref="SourcePoint"/>s into <see cref="Location"/>s with real spans: the node written at the point when the
/// file is a parsed YAML file of the repository (so a finding underlines the whole value), else the rest of the word on
/// that line (Helm templates are not YAML). Files are read once, through the workspace, and shared by every object.
/// </summary>
public sealed class SourceLocator(Repository repository)
{
    private readonly ConcurrentDictionary<string, SourceText?> texts = new(StringComparer.Ordinal);

    // Generated objects share their template's positions: thousands of Applications from one ApplicationSet resolve
    // the same few points, and finding a node walks the file's tree.
    private readonly ConcurrentDictionary<SourcePoint, Location> resolved = new();

    public Repository Repository { get; } = repository;

    public Location Resolve(SourcePoint point) => resolved.GetOrAdd(point, Find);

    private Location Find(SourcePoint point)
    {
        var yaml = Repository.GetFile(point.Path)?.Yaml;
        if (yaml is not null && yaml.Text.Text.Length > 0)
        {
            var start = yaml.Text.PositionAt(yaml.Text.OffsetOf(point.Line, point.Column));
            var node = yaml.FindNodeAt(start);
            if (node is not null && node.Span.Start.Line == point.Line && node.Span.Start.Column == point.Column)
            {
                return new Location(point.Path, node.Span, node.Pointer);
            }

            return new Location(point.Path, WordSpan(yaml.Text, point));
        }

        var text = texts.GetOrAdd(point.Path, Read);
        return text is null
            ? new Location(point.Path, SourceSpan.At(new SourcePosition(Math.Max(point.Line, 1), Math.Max(point.Column, 1), 0)))
            : new Location(point.Path, WordSpan(text, point));
    }

    /// <summary>The location of a whole file (line 1), for units and charts.</summary>
    public static Location FileStart(string path) => Location.InFile(path);

    private SourceText? Read(string path) => Repository.Workspace.ReadFile(path) is { } bytes ? new SourceText(Encoding.UTF8.GetString(bytes)) : null;

    /// <summary>From the point to the end of the token on its line (a space or the end of the line ends it).</summary>
    private static SourceSpan WordSpan(SourceText text, SourcePoint point)
    {
        var line = Math.Clamp(point.Line, 1, text.LineCount);
        var lineText = text.GetLine(line);
        var column = point.Column > 0 ? point.Column : lineText.TakeWhile(c => c is ' ' or '\t').Count() + 1;
        var startOffset = text.OffsetOf(line, column);
        var index = column - 1;
        while (index < lineText.Length && lineText[index] != ' ')
        {
            index++;
        }

        var end = Math.Max(index + 1, column);
        return new SourceSpan(new SourcePosition(line, column, startOffset), new SourcePosition(line, end, startOffset + (end - column)));
    }
}
