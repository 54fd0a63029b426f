using GitOpsLint.Diagnostics;
using GitOpsLint.Model;
using GitOpsLint.Rendering.Kustomize.Nodes;
using GitOpsLint.Rendering.Kustomize.Output;
using GitOpsLint.Syntax;

namespace GitOpsLint.Rendering.Provenance;

/// <summary>
/// Turns engine output into <see cref="RenderedObject"/>s: prints the object, parses the text into source-mapped nodes
/// (so rules read rendered objects exactly like source ones), and records where every node was written.
/// </summary>
public sealed class RenderedObjectFactory(SourceLocator locator, string unitId, IReadOnlyList<RelatedLocation> chain, Location unitLocation)
{
    /// <summary>
    /// From a node tree whose nodes know their origin (kustomize, generated Applications). <paramref name="transform"/>
    /// rewrites the printed text first (Flux's substitution works on text); provenance is kept by JSON Pointer.
    /// </summary>
    public RenderedObject? FromNode(KMapping root, SourcePoint? anchor, Func<string, string>? transform = null)
    {
        var text = KustomizePrinter.Print([root]);
        if (transform is not null)
        {
            text = transform(text);
        }

        var map = new ProvenanceMap();
        Record(root, string.Empty, map);
        return Build(text, map, anchor ?? (root.Origin is { } o ? new SourcePoint(o.Path, o.Line, o.Column) : null));
    }

    /// <summary>From a document of text with a source line per text line (Helm's line map).</summary>
    public RenderedObject? FromText(string text, IReadOnlyList<SourcePoint?> lineMap, SourcePoint? anchor) =>
        Build(text, new ProvenanceMap(lineMap), anchor);

    private RenderedObject? Build(string text, ProvenanceMap map, SourcePoint? anchor)
    {
        var file = YamlParser.Parse(VirtualPath(anchor), text);
        var document = file.Documents.FirstOrDefault(d => d.Root is YamlMapping);
        if (document?.Root is not YamlMapping root)
        {
            return null;
        }

        var anchorLocation = anchor is { } a ? locator.Resolve(a) : unitLocation;
        var origin = new RenderedOrigin(map, anchorLocation, chain, locator, unitId);
        return new RenderedObject(new KubeObject(document, root, origin), text, anchor);
    }

    private string VirtualPath(SourcePoint? anchor) => $"render:{unitId}/{anchor?.Path ?? "unit"}";

    private static void Record(KNode node, string pointer, ProvenanceMap map)
    {
        if (node.Origin is { } origin)
        {
            map.AddValue(pointer, ToPoint(origin));
        }

        switch (node)
        {
            case KMapping mapping:
                foreach (var entry in mapping.Entries)
                {
                    var child = JsonPointer.Append(pointer, entry.Key);
                    if (entry.KeyOrigin is { } keyOrigin)
                    {
                        map.AddKey(child, ToPoint(keyOrigin));
                    }

                    Record(entry.Value, child, map);
                }

                break;
            case KSequence sequence:
                for (var i = 0; i < sequence.Items.Count; i++)
                {
                    Record(sequence.Items[i], JsonPointer.Append(pointer, i), map);
                }

                break;
        }
    }

    internal static SourcePoint ToPoint(NodeOrigin origin) => new(origin.Path, origin.Line, origin.Column);
}
