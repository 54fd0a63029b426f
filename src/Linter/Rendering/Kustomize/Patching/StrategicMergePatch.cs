using GitOpsLint.Rendering.Kustomize.Nodes;

namespace GitOpsLint.Rendering.Kustomize.Patching;

/// <summary>
/// Strategic merge as kustomize's kyaml merge2 does it, lists prepended: maps merge field by field, a null value
/// deletes a field, <c>$patch: delete</c>/<c>replace</c> directives act on maps and list elements, and lists with a
/// merge key (from <see cref="IPatchMetadata"/>, else inferred from the elements like kyaml does) merge element by
/// element, patch elements first and untouched elements after them; other lists are replaced.
/// </summary>
internal sealed class StrategicMergePatch(IPatchMetadata metadata, string apiVersion, string kind)
{
    /// <summary>Keys kyaml uses to merge lists it has no schema for, in the order it tries them.</summary>
    private static readonly string[] AssociativeKeys = ["mountPath", "devicePath", "ip", "type", "topologyKey", "name", "containerPort"];

    /// <summary>Merges <paramref name="patch"/> into <paramref name="target"/>; null when the patch deletes the object.</summary>
    public KMapping? Apply(KMapping target, KMapping patch) => MergeMap(target, patch, []);

    private KMapping? MergeMap(KMapping dest, KMapping src, List<string> path)
    {
        switch (src.GetString("$patch"))
        {
            case "delete":
                return null;
            case "replace":
                return (KMapping)Clean(src);
        }

        foreach (var entry in src.Entries)
        {
            if (entry.Key.StartsWith('$'))
            {
                continue;
            }

            if (entry.Value is KScalar { IsNull: true })
            {
                dest.Remove(entry.Key);
                continue;
            }

            var existing = dest.Get(entry.Key);
            if (existing is null)
            {
                var added = Clean(entry.Value);
                if (added is KMapping { Count: 0 } && entry.Value is KMapping source && source.GetString("$patch") == "delete")
                {
                    continue;
                }

                dest.Set(entry.Key, added, entry.KeyOrigin);
                continue;
            }

            path.Add(entry.Key);
            var merged = MergeValue(existing, entry.Value, path);
            path.RemoveAt(path.Count - 1);
            if (merged is null)
            {
                dest.Remove(entry.Key);
            }
            else
            {
                dest.Set(entry.Key, merged, entry.KeyOrigin);
            }
        }

        return dest;
    }

    private KNode? MergeValue(KNode dest, KNode src, List<string> path) => (dest, src) switch
    {
        (KMapping destMap, KMapping srcMap) => MergeMap(destMap, srcMap, path),
        (KSequence destList, KSequence srcList) => MergeList(destList, srcList, path),
        _ => Clean(src),
    };

    private KNode MergeList(KSequence dest, KSequence src, List<string> path)
    {
        if (src.Items.OfType<KMapping>().Any(m => m.GetString("$patch") == "replace"))
        {
            var replaced = new KSequence(src.Origin);
            replaced.Items.AddRange(src.Items.Where(i => i is not KMapping m || m.GetString("$patch") != "replace").Select(Clean));
            return replaced;
        }

        var key = metadata.GetMergeKey(apiVersion, kind, path) ?? InferKey(dest) ?? InferKey(src);
        if (key is null || !dest.Items.All(i => i is KMapping) || !src.Items.All(i => i is KMapping))
        {
            return Clean(src);
        }

        var result = new KSequence(dest.Origin);
        var consumed = new HashSet<KNode>(ReferenceEqualityComparer.Instance);
        foreach (var element in src.Items.Cast<KMapping>())
        {
            var keyValue = element.GetString(key);
            var match = keyValue is null ? null : dest.Items.Cast<KMapping>().FirstOrDefault(d => !consumed.Contains(d) && d.GetString(key) == keyValue);
            if (element.GetString("$patch") == "delete")
            {
                if (match is not null)
                {
                    consumed.Add(match);
                }

                continue;
            }

            if (match is null)
            {
                result.Items.Add(Clean(element));
                continue;
            }

            consumed.Add(match);
            var merged = MergeMap(match, element, path);
            if (merged is not null)
            {
                result.Items.Add(merged);
            }
        }

        result.Items.AddRange(dest.Items.Where(d => !consumed.Contains(d)));
        return result;
    }

    private static string? InferKey(KSequence list) =>
        list.Items.FirstOrDefault() is KMapping first ? AssociativeKeys.FirstOrDefault(k => first.Get(k) is KScalar { IsNull: false }) : null;

    /// <summary>A copy of patch content to insert: directives and null-valued fields removed (they only mean something in a merge).</summary>
    private static KNode Clean(KNode node)
    {
        switch (node)
        {
            case KMapping mapping:
                var copy = new KMapping(mapping.Origin);
                foreach (var entry in mapping.Entries)
                {
                    if (entry.Key.StartsWith('$') || entry.Value is KScalar { IsNull: true })
                    {
                        continue;
                    }

                    copy.Set(entry.Key, Clean(entry.Value), entry.KeyOrigin);
                }

                return copy;
            case KSequence sequence:
                var list = new KSequence(sequence.Origin);
                list.Items.AddRange(sequence.Items.Select(Clean));
                return list;
            default:
                return node.DeepClone();
        }
    }
}
