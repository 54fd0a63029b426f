using System.Globalization;
using GitOpsLint.Rendering.Kustomize.Configuration;
using GitOpsLint.Rendering.Kustomize.Nodes;
using GitOpsLint.Rendering.Kustomize.Patching;
using GitOpsLint.Rendering.Kustomize.Resources;

namespace GitOpsLint.Rendering.Kustomize.Transformers;

/// <summary>
/// One <c>replacements</c> entry (inline, or a file of entries): copies the value at a source object's field path into
/// field paths of the selected target objects. Paths are dot-separated with <c>[key=value]</c> element selectors,
/// indexes and <c>*</c>; <c>options</c> give a delimiter and index to replace part of a value, and <c>create</c>.
/// </summary>
internal sealed class ReplacementTransformer(Kustomization kustomization, KMapping entry, KustomizeFiles files)
{
    public void Transform(ResourceMap map)
    {
        foreach (var replacement in Load())
        {
            Apply(map, replacement);
        }
    }

    private IEnumerable<KMapping> Load()
    {
        if (entry.GetString("path") is not { } path)
        {
            return [entry];
        }

        var file = files.ResolveFile(kustomization.Directory, path, entry.Get("path")?.Origin, kustomization.FilePath);
        return KustomizeFiles.ParseDocuments(file, files.ReadText(file, entry.Origin, kustomization.FilePath))
            .SelectMany(d => d switch { KSequence s => s.Items.OfType<KMapping>(), KMapping m => [m], _ => [] });
    }

    private void Apply(ResourceMap map, KMapping replacement)
    {
        var sourceSelector = replacement.GetMapping("source")
            ?? throw BuildStop.At(replacement.Origin, kustomization.FilePath, "replacement must specify a source");
        var value = SourceValue(map, sourceSelector);
        foreach (var target in replacement.GetSequence("targets")?.Items.OfType<KMapping>() ?? [])
        {
            var select = target.GetMapping("select")
                ?? throw BuildStop.At(target.Origin, kustomization.FilePath, "target must specify resources to select");
            var selector = ResourceSelector.From(select);
            var rejects = target.GetSequence("reject")?.Items.OfType<KMapping>().Select(ResourceSelector.From).ToArray() ?? [];
            var fieldPaths = target.GetSequence("fieldPaths")?.Items.OfType<KScalar>().Select(s => s.Value).ToArray() ?? ["metadata.name"];
            var options = target.GetMapping("options");
            foreach (var resource in map.Resources.Where(r => selector.Matches(r) && !rejects.Any(x => x.Matches(r))))
            {
                foreach (var fieldPath in fieldPaths)
                {
                    SetValue(resource, fieldPath, value, options);
                }
            }
        }
    }

    private KNode SourceValue(ResourceMap map, KMapping source)
    {
        var gvk = new Gvk(source.GetString("group") ?? string.Empty, source.GetString("version") ?? string.Empty, source.GetString("kind") ?? string.Empty);
        var name = source.GetString("name") ?? string.Empty;
        var @namespace = source.GetString("namespace") ?? string.Empty;
        var matches = map.Resources.Where(r => r.AllIds.Any(id => id.Gvk.IsSelectedBy(gvk) && (name.Length == 0 || id.Name == name) && (@namespace.Length == 0 || id.Namespace == @namespace))).ToArray();
        var description = $"{gvk}/{(name.Length > 0 ? name : "[noName]")}.{(@namespace.Length > 0 ? @namespace : "[noNs]")}";
        if (matches.Length != 1)
        {
            throw BuildStop.At(source.Origin, kustomization.FilePath, matches.Length == 0 ? $"nothing selected by {description}" : $"multiple matches for selector {description}");
        }

        var fieldPath = source.GetString("fieldPath") ?? "metadata.name";
        var locations = Find(matches[0].Root, SplitPath(fieldPath), create: false).ToArray();
        if (locations.Length == 0)
        {
            throw BuildStop.At(source.Origin, kustomization.FilePath, $"fieldPath `{fieldPath}` is missing for replacement source {matches[0].CurrentId}");
        }

        var found = locations[0];
        var value = found.Parent is KMapping parentMap ? parentMap.Get(found.Key)! : ((KSequence)found.Parent).Items[int.Parse(found.Key, CultureInfo.InvariantCulture)];
        var options = source.GetMapping("options");
        if (options?.GetString("delimiter") is { Length: > 0 } delimiter && value is KScalar scalar)
        {
            var parts = scalar.Value.Split(delimiter);
            var index = int.Parse(options.GetString("index") ?? "0", CultureInfo.InvariantCulture);
            if (index < 0 || index >= parts.Length)
            {
                throw BuildStop.At(source.Origin, kustomization.FilePath, $"options.index {index} is out of bounds for value {scalar.Value}");
            }

            return KScalar.String(parts[index], scalar.Origin);
        }

        return value;
    }

    private void SetValue(Resource resource, string fieldPath, KNode value, KMapping? options)
    {
        var create = Kustomization.ReadBool(options, "create");
        var locations = Find(resource.Root, SplitPath(fieldPath), create).ToArray();
        if (locations.Length == 0)
        {
            if (create)
            {
                return;
            }

            throw BuildStop.At(entry.Origin, kustomization.FilePath, $"unable to find field \"{fieldPath}\" in replacement target {resource.CurrentId}", "set options.create: true to add the field");
        }

        foreach (var (parent, key) in locations)
        {
            var replacement = value.DeepClone();
            if (options?.GetString("delimiter") is { Length: > 0 } delimiter && value is KScalar source)
            {
                var current = parent is KMapping m ? m.GetString(key) ?? string.Empty : ((KSequence)parent).Items[int.Parse(key, CultureInfo.InvariantCulture)] is KScalar s ? s.Value : string.Empty;
                var parts = current.Split(delimiter).ToList();
                var index = int.Parse(options.GetString("index") ?? "0", CultureInfo.InvariantCulture);
                while (parts.Count <= index)
                {
                    parts.Add(string.Empty);
                }

                parts[index] = source.Value;
                replacement = KScalar.String(string.Join(delimiter, parts), source.Origin);
            }

            switch (parent)
            {
                case KMapping mapping:
                    mapping.Set(key, replacement);
                    break;
                case KSequence sequence:
                    sequence.Items[int.Parse(key, CultureInfo.InvariantCulture)] = replacement;
                    break;
            }
        }
    }

    /// <summary>The (parent, key) pairs a path reaches; with <paramref name="create"/>, missing mappings and the last field are added.</summary>
    private static IEnumerable<(KNode Parent, string Key)> Find(KNode root, IReadOnlyList<string> segments, bool create)
    {
        var current = new List<KNode> { root };
        for (var i = 0; i < segments.Count; i++)
        {
            var segment = segments[i];
            var last = i == segments.Count - 1;
            var next = new List<KNode>();
            foreach (var node in current)
            {
                switch (node)
                {
                    case KMapping mapping when segment == "*":
                        if (last)
                        {
                            foreach (var e in mapping.Entries)
                            {
                                yield return (mapping, e.Key);
                            }
                        }

                        next.AddRange(mapping.Entries.Select(e => e.Value));
                        break;
                    case KMapping mapping:
                        if (mapping.Get(segment) is { } child and not KScalar { IsNull: true })
                        {
                            if (last)
                            {
                                yield return (mapping, segment);
                            }

                            next.Add(child);
                        }
                        else if (create)
                        {
                            if (last)
                            {
                                mapping.Set(segment, KScalar.Null());
                                yield return (mapping, segment);
                            }
                            else
                            {
                                var created = segments[i + 1].StartsWith('[') ? (KNode)new KSequence() : new KMapping();
                                mapping.Set(segment, created);
                                next.Add(created);
                            }
                        }

                        break;
                    case KSequence sequence:
                        for (var index = 0; index < sequence.Items.Count; index++)
                        {
                            if (SelectsElement(segment, sequence.Items[index], index))
                            {
                                if (last)
                                {
                                    yield return (sequence, index.ToString(CultureInfo.InvariantCulture));
                                }

                                next.Add(sequence.Items[index]);
                            }
                        }

                        break;
                }
            }

            current = next;
        }
    }

    private static bool SelectsElement(string segment, KNode element, int index)
    {
        if (segment == "*" || segment == "-")
        {
            return true;
        }

        if (int.TryParse(segment, NumberStyles.None, CultureInfo.InvariantCulture, out var wanted))
        {
            return wanted == index;
        }

        if (segment.StartsWith('[') && segment.EndsWith(']'))
        {
            var condition = segment[1..^1];
            var equals = condition.IndexOf('=', StringComparison.Ordinal);
            if (equals >= 0 && element is KMapping mapping)
            {
                return mapping.GetString(condition[..equals]) == condition[(equals + 1)..];
            }
        }

        return false;
    }

    /// <summary>Splits on dots outside brackets (kustomize's SmarterPathSplitter).</summary>
    private static List<string> SplitPath(string path)
    {
        var segments = new List<string>();
        var depth = 0;
        var start = 0;
        for (var i = 0; i < path.Length; i++)
        {
            depth += path[i] switch { '[' => 1, ']' => -1, _ => 0 };
            if (path[i] == '.' && depth == 0)
            {
                segments.Add(path[start..i]);
                start = i + 1;
            }
        }

        segments.Add(path[start..]);
        return segments;
    }
}
