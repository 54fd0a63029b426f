using GitOpsLint.Syntax;

namespace GitOpsLint.Rendering.Provenance;

/// <summary>
/// For one rendered object, where each part was written: by JSON Pointer (values and keys separately, from engines that
/// track nodes such as kustomize), and by line of the rendered document (from engines that track lines such as Helm).
/// </summary>
public sealed class ProvenanceMap
{
    private readonly Dictionary<string, SourcePoint> values = new(StringComparer.Ordinal);
    private readonly Dictionary<string, SourcePoint> keys = new(StringComparer.Ordinal);
    private readonly IReadOnlyList<SourcePoint?> lines;

    public ProvenanceMap(IReadOnlyList<SourcePoint?>? lines = null)
    {
        this.lines = lines ?? [];
    }

    public int Count => values.Count + keys.Count + lines.Count;

    public void AddValue(string pointer, SourcePoint point) => values[pointer] = point;

    public void AddKey(string pointer, SourcePoint point) => keys[pointer] = point;

    /// <summary>Where <paramref name="node"/> (a key when <paramref name="isKey"/>) was written, walking up to the closest mapped ancestor; null when nothing is known.</summary>
    public SourcePoint? Find(YamlNode node, bool isKey)
    {
        if (isKey && keys.TryGetValue(node.Pointer, out var key))
        {
            return key;
        }

        if (values.TryGetValue(node.Pointer, out var exact))
        {
            return exact;
        }

        var line = node.Span.Start.Line;
        if (line >= 1 && line <= lines.Count && lines[line - 1] is { } byLine)
        {
            return byLine;
        }

        var pointer = node.Pointer;
        while (pointer.Length > 0)
        {
            pointer = pointer[..pointer.LastIndexOf('/')];
            if (values.TryGetValue(pointer, out var ancestor))
            {
                return ancestor;
            }
        }

        return null;
    }
}
