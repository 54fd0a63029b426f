using System.Text;
using GitOpsLint.Rendering.Kustomize.Nodes;

namespace GitOpsLint.Rendering.Kustomize.Output;

/// <summary>Prints rendered objects exactly as <c>kubectl kustomize DIR</c> writes them to stdout.</summary>
public static class KustomizePrinter
{
    public static string Print(IEnumerable<KustomizeObject> objects) => Print(objects.Select(o => (KNode)o.Root));

    public static string Print(IEnumerable<KNode> roots)
    {
        var output = new StringBuilder();
        var first = true;
        foreach (var root in roots)
        {
            if (!first)
            {
                output.Append("---\n");
            }

            first = false;
            GoYamlWriter.WriteDocument(root, output);
        }

        return output.ToString();
    }
}
