using System.Text;
using GitOpsLint.Rendering.Kustomize.Nodes;
using GitOpsLint.Rendering.Kustomize.Resources;

namespace GitOpsLint.Rendering.Kustomize.Transformers;

/// <summary>
/// kustomize's FieldSpec: a slash-separated path to a field in objects of some group/version/kind (empty parts match
/// anything), and whether missing mappings on the way are created. <c>\/</c> escapes a slash inside a key
/// (annotation names), and a trailing <c>[]</c> marks a sequence, which is never created.
/// </summary>
internal sealed record FieldSpec(string Group, string Version, string Kind, string Path, bool Create)
{
    public static FieldSpec For(string kind, string path, bool create = false, string group = "", string version = "") =>
        new(group, version, kind, path, create);

    public bool AppliesTo(Resource resource)
    {
        if (Kind.Length > 0 && Kind != resource.Kind)
        {
            return false;
        }

        var gvk = resource.Gvk;
        return (Group.Length == 0 || Group == gvk.Group) && (Version.Length == 0 || Version == gvk.Version);
    }

    public IReadOnlyList<string> Segments => SplitPath(Path);

    public static IReadOnlyList<string> SplitPath(string path)
    {
        var segments = new List<string>();
        var current = new StringBuilder();
        var depth = 0;
        for (var i = 0; i < path.Length; i++)
        {
            var c = path[i];
            if (c == '\\' && i + 1 < path.Length && path[i + 1] == '/')
            {
                current.Append('/');
                i++;
                continue;
            }

            depth += c switch { '[' => 1, ']' => -1, _ => 0 };
            if (c == '/' && depth == 0)
            {
                segments.Add(current.ToString());
                current.Clear();
                continue;
            }

            current.Append(c);
        }

        segments.Add(current.ToString());
        return segments;
    }

    /// <summary>
    /// Calls <paramref name="set"/> on every node the path reaches in <paramref name="resource"/> (sequences on the
    /// way are walked element by element). With <see cref="Create"/>, missing mappings are added and the last field is
    /// created as <paramref name="createLeaf"/> makes it; a null value on the way is replaced by an empty mapping.
    /// </summary>
    public void Apply(Resource resource, Action<KNode, KMapping, string> set, Func<KNode>? createLeaf = null)
    {
        if (AppliesTo(resource))
        {
            Walk(resource.Root, Segments, 0, set, createLeaf, resource);
        }
    }

    private void Walk(KNode node, IReadOnlyList<string> segments, int index, Action<KNode, KMapping, string> set, Func<KNode>? createLeaf, Resource resource)
    {
        switch (node)
        {
            case KSequence sequence:
                foreach (var item in sequence.Items.ToArray())
                {
                    Walk(item, segments, index, set, createLeaf, resource);
                }

                return;
            case KMapping mapping:
                var segment = segments[index];
                var isSequence = segment.EndsWith("[]", StringComparison.Ordinal);
                var name = isSequence ? segment[..^2] : segment;
                var last = index == segments.Count - 1;
                var field = mapping.Get(name);
                if (field is null)
                {
                    if (!Create || isSequence || (last && createLeaf is null))
                    {
                        return;
                    }

                    field = last ? createLeaf!() : new KMapping();
                    mapping.Set(name, field);
                }
                else if (field is KScalar { IsNull: true } && (Create || isSequence))
                {
                    field = isSequence ? new KSequence(field.Origin) : last && createLeaf is not null ? createLeaf() : new KMapping(field.Origin);
                    mapping.Set(name, field);
                }

                if (last)
                {
                    set(field, mapping, name);
                    return;
                }

                Walk(field, segments, index + 1, set, createLeaf, resource);
                return;
            case KScalar { IsNull: true }:
                return;
            default:
                throw BuildStop.At(node.Origin, resource.SourcePath, $"considering field '{Path}' of object {resource.CurrentId}: expected sequence or mapping node");
        }
    }
}
