using System.Globalization;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace GitOpsLint.Rendering.Helm.Engine;

/// <summary>Finds where a value (a path of map keys and list indexes) is written in a YAML document.</summary>
internal static class YamlPathLocator
{
    /// <summary>The 1-based line and column of the value's key (or of the item, in a list); null when the path is not in the document or it does not parse.</summary>
    internal static (int Line, int Column)? Find(string yaml, IReadOnlyList<string> path)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(yaml));
        }
        catch (YamlException)
        {
            return null;
        }

        if (stream.Documents.Count == 0)
        {
            return null;
        }

        YamlNode node = stream.Documents[0].RootNode;
        var position = node.Start;
        foreach (var token in path)
        {
            switch (node)
            {
                case YamlMappingNode mapping:
                    var entry = mapping.Children.LastOrDefault(kv => kv.Key is YamlScalarNode key && key.Value == token);
                    if (entry.Key is null)
                    {
                        return null;
                    }

                    position = entry.Key.Start;
                    node = entry.Value;
                    break;
                case YamlSequenceNode sequence when int.TryParse(token, NumberStyles.None, CultureInfo.InvariantCulture, out var index) && index < sequence.Children.Count:
                    node = sequence.Children[index];
                    position = node.Start;
                    break;
                default:
                    return null;
            }
        }

        return ((int)position.Line, (int)position.Column);
    }
}
