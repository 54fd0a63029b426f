using GitOpsLint.Syntax;

namespace GitOpsLint.Rendering.Kustomize.Nodes;

/// <summary>Copies an immutable, source-mapped <see cref="YamlNode"/> into the mutable model, keeping each node's origin.</summary>
public static class KNodeConverter
{
    public static KNode Convert(YamlNode node, string path)
    {
        var origin = new NodeOrigin(path, node.Span.Start.Line, node.Span.Start.Column);
        switch (node)
        {
            case YamlScalar scalar:
                var style = scalar.Style switch
                {
                    YamlScalarStyle.Plain => KScalarStyle.Plain,
                    YamlScalarStyle.Literal or YamlScalarStyle.Folded => KScalarStyle.Block,
                    _ => KScalarStyle.Quoted,
                };
                return new KScalar(scalar.Value, style, scalar.Tag, origin);
            case YamlSequence sequence:
                var list = new KSequence(origin);
                foreach (var item in sequence.Items)
                {
                    list.Items.Add(Convert(item, path));
                }

                return list;
            case YamlMapping mapping:
                var map = new KMapping(origin);
                foreach (var entry in mapping.Entries)
                {
                    var keyOrigin = new NodeOrigin(path, entry.Key.Span.Start.Line, entry.Key.Span.Start.Column);
                    map.Set(entry.KeyText, Convert(entry.Value, path), keyOrigin);
                }

                return map;
            default:
                throw new InvalidOperationException("unknown YAML node kind");
        }
    }
}
