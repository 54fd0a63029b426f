using GitOpsLint.Model;
using GitOpsLint.Rendering.Kustomize.Nodes;
using GitOpsLint.Syntax;

namespace GitOpsLint.Rendering.Units;

/// <summary>
/// Copies part of an object into the mutable model, with every node's origin taken through the object's provenance,
/// so values taken from a generated Application still point at the ApplicationSet text that wrote them.
/// </summary>
internal static class SourceNodes
{
    public static KNode Convert(KubeObject owner, YamlNode node)
    {
        var converted = KNodeConverter.Convert(node, owner.Document.File.Path);
        if (owner.Origin is SourceOrigin)
        {
            return converted;
        }

        Relocate(owner, node, converted);
        return converted;
    }

    public static NodeOrigin OriginOf(KubeObject owner, YamlNode node)
    {
        var location = owner.LocationOf(node);
        return new NodeOrigin(location.Path, location.Span.Start.Line, location.Span.Start.Column);
    }

    private static void Relocate(KubeObject owner, YamlNode source, KNode target)
    {
        target.Origin = OriginOf(owner, source);
        switch (source, target)
        {
            case (YamlMapping mapping, KMapping kmapping):
                foreach (var entry in mapping.Entries)
                {
                    var kentry = kmapping.Entries.FirstOrDefault(e => e.Key == entry.KeyText);
                    if (kentry is not null)
                    {
                        kentry.KeyOrigin = OriginOf(owner, entry.Key);
                        Relocate(owner, entry.Value, kentry.Value);
                    }
                }

                break;
            case (YamlSequence sequence, KSequence ksequence):
                for (var i = 0; i < sequence.Items.Count && i < ksequence.Items.Count; i++)
                {
                    Relocate(owner, sequence.Items[i], ksequence.Items[i]);
                }

                break;
        }
    }
}
