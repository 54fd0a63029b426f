using GitOpsLint.Rendering.Kustomize;
using GitOpsLint.Rendering.Kustomize.Nodes;
using GitOpsLint.Rendering.Kustomize.Output;
using GitOpsLint.Syntax;

namespace GitOpsLint.Rendering.Provenance;

/// <summary>
/// A file the renderer writes for an engine to read (a kustomization edited the way Argo CD or Flux edit it, or the one
/// Flux generates): its text, printed from nodes that remember where they were written, and the way back from a
/// position in that text to the repository text that wrote it. Engine output that points into the file is translated
/// with <see cref="Translate"/>, so findings never point at a file that does not exist.
/// </summary>
public sealed class SyntheticFile
{
    private readonly Dictionary<(int Line, int Column), NodeOrigin> origins = [];

    private SyntheticFile(string path, string text, NodeOrigin fallback)
    {
        Path = path;
        Text = text;
        Fallback = fallback;
    }

    public string Path { get; }

    public string Text { get; }

    /// <summary>Where positions with no recorded writer point (the unit's own definition).</summary>
    public NodeOrigin Fallback { get; }

    public static SyntheticFile Create(string path, KMapping root, NodeOrigin fallback)
    {
        var file = new SyntheticFile(path, KustomizePrinter.Print([root]), fallback);
        var parsed = YamlParser.Parse(path, file.Text);
        if (parsed.Documents.FirstOrDefault()?.Root is { } parsedRoot)
        {
            file.Record(parsedRoot, root);
        }

        return file;
    }

    /// <summary>The repository position for an origin inside this file; other origins are returned unchanged.</summary>
    public NodeOrigin Translate(NodeOrigin origin) =>
        origin.Path != Path ? origin : origins.TryGetValue((origin.Line, origin.Column), out var original) ? original : Fallback;

    public KustomizeError Translate(KustomizeError error)
    {
        if (error.Path != Path)
        {
            return error;
        }

        var origin = Translate(new NodeOrigin(error.Path, error.Line, error.Column));
        return error with { Path = origin.Path, Line = origin.Line, Column = origin.Column };
    }

    private void Record(YamlNode parsed, KNode written)
    {
        if (written.Origin is { } origin)
        {
            origins[(parsed.Span.Start.Line, parsed.Span.Start.Column)] = origin;
        }

        switch (parsed, written)
        {
            case (YamlMapping mapping, KMapping kmapping):
                foreach (var entry in mapping.Entries)
                {
                    var kentry = kmapping.Entries.FirstOrDefault(e => e.Key == entry.KeyText);
                    if (kentry is null)
                    {
                        continue;
                    }

                    if (kentry.KeyOrigin is { } keyOrigin)
                    {
                        origins[(entry.Key.Span.Start.Line, entry.Key.Span.Start.Column)] = keyOrigin;
                    }

                    Record(entry.Value, kentry.Value);
                }

                break;
            case (YamlSequence sequence, KSequence ksequence):
                for (var i = 0; i < sequence.Items.Count && i < ksequence.Items.Count; i++)
                {
                    Record(sequence.Items[i], ksequence.Items[i]);
                }

                break;
        }
    }
}
