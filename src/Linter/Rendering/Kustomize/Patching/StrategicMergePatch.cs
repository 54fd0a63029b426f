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
    /// <summary>Keys kyaml uses to merge lists it has no schema keys for, in the order it tries them.</summary>
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

            // A field the target lacks starts as the patch's own value, as in kyaml (a new list is then merged with
            // itself, so a later duplicate element wins and $patch directives inside it apply).
            var existing = dest.Get(entry.Key) ?? entry.Value switch
            {
                KMapping => new KMapping(entry.Value.Origin),
                KSequence => entry.Value.DeepClone(),
                _ => null,
            };
            if (existing is null)
            {
                dest.Set(entry.Key, entry.Value.DeepClone(), entry.KeyOrigin);
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

    /// <summary>
    /// kyaml's associative list merge (walk/associative_sequence.go): element key tuples are collected from the patch,
    /// then from the target; for each, the first matching element of each side is merged; the results are listed in that
    /// order and the target's elements are then set over them (replaced in place for one key, moved to the end in target
    /// order for several keys).
    /// </summary>
    private KNode MergeList(KSequence dest, KSequence src, List<string> path)
    {
        if (src.Items.OfType<KMapping>().Any(m => m.GetString("$patch") == "replace"))
        {
            var replaced = new KSequence(src.Origin);
            replaced.Items.AddRange(src.Items.Where(i => i is not KMapping m || m.GetString("$patch") != "replace").Select(Clean));
            return replaced;
        }

        var keys = metadata.GetMergeKeys(apiVersion, kind, path).ToList();
        if (keys.Count == 0 && (InferKey(src) ?? InferKey(dest)) is { } inferred)
        {
            keys.Add(inferred);
        }

        if (keys.Count == 0 || !src.Items.All(i => i is KMapping))
        {
            return Clean(src);
        }

        var tuples = new List<string[]>();
        foreach (var element in src.Items.Concat(dest.Items).OfType<KMapping>())
        {
            var tuple = keys.Select(k => element.Get(k) is KScalar { IsNull: false } v ? v.Value : string.Empty).ToArray();
            if (!tuples.Any(t => t.SequenceEqual(tuple)))
            {
                tuples.Add(tuple);
            }
        }

        if (keys.Count > 1)
        {
            UnifyTuples(tuples);
        }

        var validKeys = keys;
        var added = new List<KNode>();
        foreach (var tuple in tuples)
        {
            var (tupleKeys, tupleValues) = ValidKeys(tuples, tuple, keys);
            validKeys = tupleKeys;
            var (lookupKeys, lookupValues) = ValidKeys([tuple], tuple, keys);
            var destElement = FindElement(dest, lookupKeys, lookupValues);
            var srcElement = FindElement(src, lookupKeys, lookupValues);
            KMapping? value = srcElement is null ? destElement
                : destElement is null ? MergeMap(new KMapping(srcElement.Origin), srcElement, path)
                : MergeMap(destElement, srcElement, path);
            if (value is null || value.Count == 0)
            {
                SetElement(dest.Items, null, tupleKeys, tupleValues);
                continue;
            }

            for (var i = 0; i < tupleKeys.Count; i++)
            {
                if (value.Get(tupleKeys[i]) is null && tupleValues[i].Length > 0)
                {
                    value.Set(tupleKeys[i], KScalar.String(tupleValues[i]));
                }
            }

            SetElement(added, value, tupleKeys, tupleValues);
        }

        var result = new KSequence(dest.Origin);
        result.Items.AddRange(added);
        AppendElements(result.Items, dest.Items.ToList(), validKeys);
        return result;
    }

    /// <summary>Tuples that agree where both have a value (one may be empty) become the same tuple, as kyaml's mergeValues.</summary>
    private static void UnifyTuples(List<string[]> tuples)
    {
        for (var i = 0; i < tuples.Count; i++)
        {
            for (var j = 0; j < tuples.Count; j++)
            {
                var a = tuples[i];
                var b = tuples[j];
                var common = false;
                var conflict = false;
                var merged = new string[a.Length];
                for (var k = 0; k < a.Length; k++)
                {
                    if (a[k] == b[k])
                    {
                        common = true;
                        merged[k] = a[k];
                    }
                    else if (a[k].Length > 0 && b[k].Length > 0)
                    {
                        conflict = true;
                        break;
                    }
                    else
                    {
                        merged[k] = a[k].Length > 0 ? a[k] : b[k];
                    }
                }

                if (common && !conflict)
                {
                    tuples[i] = merged;
                    tuples[j] = merged;
                }
            }
        }
    }

    /// <summary>kyaml's validateKeys: keep the keys that have a value in some tuple (all of them when none has).</summary>
    private static (List<string> Keys, List<string> Values) ValidKeys(List<string[]> tuples, string[] values, List<string> keys)
    {
        var valid = new HashSet<string>(StringComparer.Ordinal);
        foreach (var tuple in tuples)
        {
            for (var i = 0; i < tuple.Length; i++)
            {
                if (tuple[i].Length > 0)
                {
                    valid.Add(keys[i]);
                }
            }
        }

        if (valid.Count == 0)
        {
            return (keys, values.ToList());
        }

        var validValues = new List<string>();
        for (var i = 0; i < values.Length; i++)
        {
            if (values[i].Length > 0 || valid.Contains(keys[i]))
            {
                validValues.Add(values[i]);
            }
        }

        return (keys.Where(valid.Contains).ToList(), validValues);
    }

    /// <summary>The first mapping element whose key fields exist and equal the values (kyaml's ElementList).</summary>
    private static KMapping? FindElement(KSequence list, List<string> keys, List<string> values) =>
        keys.Count != values.Count ? null
        : list.Items.OfType<KMapping>().FirstOrDefault(e => keys.Select((k, i) => e.Get(k) is KScalar s && s.Value == values[i]).All(m => m));

    /// <summary>
    /// kyaml's ElementSetter: drops empty elements, replaces the elements matching the keys (a key with an empty value
    /// only has to be present; keys beyond the values are not checked) with <paramref name="element"/>, or removes them
    /// when it is null, and appends the element when nothing matched.
    /// </summary>
    private static void SetElement(List<KNode> items, KNode? element, List<string> keys, List<string> values)
    {
        var kept = new List<KNode>();
        var found = false;
        foreach (var item in items)
        {
            if (item is KScalar { IsNull: true } || item is KMapping { Count: 0 })
            {
                continue;
            }

            if (item is not KMapping mapping)
            {
                kept.Add(item);
                continue;
            }

            var matches = true;
            for (var j = 0; j < keys.Count && j < values.Count; j++)
            {
                var field = mapping.Get(keys[j]);
                if (field is null || (values[j].Length > 0 && (field as KScalar)?.Value != values[j]))
                {
                    matches = false;
                    break;
                }
            }

            if (!matches)
            {
                if (values.Count > 0)
                {
                    kept.Add(item);
                }

                continue;
            }

            found = true;
            if (element is not null)
            {
                kept.Add(element);
            }
        }

        if (!found && element is not null)
        {
            kept.Add(element);
        }

        items.Clear();
        items.AddRange(kept);
    }

    /// <summary>kyaml's appendListNode: sets each target element over the merged list (moving it to the end when there are several keys).</summary>
    private static void AppendElements(List<KNode> result, List<KNode> elements, List<string> keys)
    {
        foreach (var element in elements)
        {
            if (element is not KMapping mapping)
            {
                continue;
            }

            var values = new List<string>();
            foreach (var key in keys)
            {
                if (mapping.Get(key) is KScalar { IsNull: false } value)
                {
                    values.Add(value.Value);
                }
                else
                {
                    // kyaml appends an element that lacks a key field, then goes on with the other keys.
                    result.Add(element);
                }
            }

            if (keys.Count > 1)
            {
                SetElement(result, null, keys, values);
            }

            SetElement(result, element, keys, values);
        }
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
