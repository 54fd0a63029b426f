using GitOpsLint.Syntax;

namespace GitOpsLint.Model.Helmfile;

/// <summary>A file a release names in <c>values</c> or <c>secrets</c>: the scalar holding the path (a list item, or the <c>path</c> of a map item).</summary>
internal sealed record HelmfileFileReference(YamlScalar PathNode)
{
    public string Path => PathNode.Value;

    /// <summary>The file references of a <c>values:</c> or <c>secrets:</c> list; inline value maps are not files and are skipped.</summary>
    public static IReadOnlyList<HelmfileFileReference> ReadAll(YamlSequence? sequence)
    {
        var result = new List<HelmfileFileReference>();
        foreach (var item in sequence?.Items ?? [])
        {
            var pathNode = item switch
            {
                YamlScalar { IsNull: false } scalar => scalar,
                YamlMapping mapping when mapping.Entries.Count == 1 && mapping.GetValue("path") is YamlScalar { IsNull: false } path => path,
                _ => null,
            };
            if (pathNode is { Value.Length: > 0 })
            {
                result.Add(new HelmfileFileReference(pathNode));
            }
        }

        return result;
    }
}
