using System.Text;
using GitOpsLint.Model;
using GitOpsLint.Rendering.Kustomize.Nodes;
using GitOpsLint.Rendering.Provenance;
using GitOpsLint.Rendering.Units;
using GitOpsLint.Syntax;
using GitOpsLint.Workspace;

namespace GitOpsLint.Rendering.ArgoCD;

/// <summary>
/// An Argo CD kustomize source. Argo CD applies the Application's <c>spec.source.kustomize</c> overrides by editing a
/// copy of the kustomization (<c>kustomize edit set namePrefix/nameSuffix/namespace/image/replicas</c>, <c>add
/// label/annotation/component</c>, appending patches) and builds the copy; this does the same in memory. Values the
/// Application adds keep pointing at the Application, values of the kustomization at the kustomization.
/// </summary>
internal static class ArgoKustomizeSource
{
    public static void Render(RenderContext context, KubeObject application, YamlMapping source, string folder)
    {
        var overrides = source.GetMapping("kustomize");
        var workspace = new OverlayWorkspace(context.Repository.Workspace);
        var synthetic = new List<SyntheticFile>();
        if (overrides is not null && overrides.Entries.Count > 0)
        {
            var file = KustomizeRoots.FileNames.Select(n => ApplicationRenderer.Join(folder, n)).FirstOrDefault(context.Repository.FileExists);
            if (file is null)
            {
                context.Report(UnitProblemCode.Missing, UnitProblemSeverity.Error, application.LocationOf(source.GetEntry("kustomize")!.Key),
                    $"{context.Unit.Id} sets kustomize options, but '{folder}' has no kustomization file", "add a kustomization.yaml, or remove spec.source.kustomize");
                return;
            }

            var original = context.Repository.GetFile(file)?.Yaml?.Documents.FirstOrDefault()?.Root as YamlMapping;
            var copy = original is null ? new KMapping(new NodeOrigin(file, 1, 1)) : (KMapping)KNodeConverter.Convert(original, file);
            if (!Apply(context, application, overrides, copy, folder))
            {
                return;
            }

            var edited = SyntheticFile.Create(file, copy, SourceNodes.OriginOf(application, overrides));
            workspace.Set(file, Encoding.UTF8.GetBytes(edited.Text));
            synthetic.Add(edited);
        }

        if (KustomizeRunner.Build(context, workspace, folder, synthetic) is { } roots)
        {
            KustomizeRunner.AddObjects(context, roots);
        }
    }

    /// <summary>Applies the overrides to the copy; false when Argo CD's <c>kustomize edit</c> would fail (reported).</summary>
    private static bool Apply(RenderContext context, KubeObject application, YamlMapping overrides, KMapping kustomization, string folder)
    {
        KNode Node(string key) => SourceNodes.Convert(application, overrides.GetValue(key)!);
        NodeOrigin KeyOrigin(string key) => SourceNodes.OriginOf(application, overrides.GetEntry(key)!.Key);

        foreach (var key in new[] { "namePrefix", "nameSuffix", "namespace" })
        {
            if (overrides.GetValue(key) is YamlScalar { IsNull: false, Value.Length: > 0 })
            {
                kustomization.Set(key, Node(key), KeyOrigin(key));
            }
        }

        if (overrides.GetSequence("images") is { } images)
        {
            var list = kustomization.GetSequence("images") ?? new KSequence(KeyOrigin("images"));
            foreach (var item in images.Items.OfType<YamlScalar>())
            {
                var image = ParseImage(item.Value, SourceNodes.OriginOf(application, item));
                var index = list.Items.FindIndex(i => i is KMapping m && m.GetString("name") == image.GetString("name"));
                if (index >= 0)
                {
                    list.Items[index] = image;
                }
                else
                {
                    list.Items.Add(image);
                }
            }

            kustomization.Set("images", list, KeyOrigin("images"));
        }

        var force = overrides.GetValue("forceCommonLabels") is YamlScalar { Resolved.Value: true };
        if (overrides.GetMapping("commonLabels") is { } labels)
        {
            var withoutSelector = overrides.GetValue("labelWithoutSelector") is YamlScalar { Resolved.Value: true };
            if (withoutSelector)
            {
                var list = kustomization.GetSequence("labels") ?? new KSequence(KeyOrigin("commonLabels"));
                var entry = new KMapping(KeyOrigin("commonLabels"));
                entry.Set("pairs", Node("commonLabels"), KeyOrigin("commonLabels"));
                entry.Set("includeSelectors", new KScalar("false", KScalarStyle.Plain, null, KeyOrigin("labelWithoutSelector")), KeyOrigin("labelWithoutSelector"));
                list.Items.Add(entry);
                kustomization.Set("labels", list, KeyOrigin("commonLabels"));
            }
            else if (!AddPairs(context, application, kustomization, "commonLabels", labels, force, "label"))
            {
                return false;
            }
        }

        var forceAnnotations = overrides.GetValue("forceCommonAnnotations") is YamlScalar { Resolved.Value: true };
        if (overrides.GetMapping("commonAnnotations") is { } annotations && !AddPairs(context, application, kustomization, "commonAnnotations", annotations, forceAnnotations, "annotation"))
        {
            return false;
        }

        if (overrides.GetSequence("replicas") is { } replicas)
        {
            var list = kustomization.GetSequence("replicas") ?? new KSequence(KeyOrigin("replicas"));
            foreach (var item in replicas.Items.OfType<YamlMapping>())
            {
                var replica = (KMapping)SourceNodes.Convert(application, item);
                if (replica.Get("count") is KScalar count)
                {
                    count.Style = KScalarStyle.Plain;
                }

                var index = list.Items.FindIndex(i => i is KMapping m && m.GetString("name") == replica.GetString("name"));
                if (index >= 0)
                {
                    list.Items[index] = replica;
                }
                else
                {
                    list.Items.Add(replica);
                }
            }

            kustomization.Set("replicas", list, KeyOrigin("replicas"));
        }

        if (overrides.GetSequence("patches") is { } patches)
        {
            var list = kustomization.GetSequence("patches") ?? new KSequence(KeyOrigin("patches"));
            list.Items.AddRange(((KSequence)Node("patches")).Items);
            kustomization.Set("patches", list, KeyOrigin("patches"));
        }

        if (overrides.GetSequence("components") is { } components)
        {
            var ignoreMissing = overrides.GetValue("ignoreMissingComponents") is YamlScalar { Resolved.Value: true };
            var list = kustomization.GetSequence("components") ?? new KSequence(KeyOrigin("components"));
            foreach (var item in components.Items.OfType<YamlScalar>())
            {
                var target = RepoPath.Combine(folder, item.Value);
                if (target is null || !context.Repository.DirectoryExists(target))
                {
                    if (ignoreMissing)
                    {
                        continue;
                    }

                    context.Report(UnitProblemCode.Missing, UnitProblemSeverity.Error, application.LocationOf(item),
                        $"kustomize edit add component failed for {context.Unit.Id}: '{item.Value}' is not a folder relative to '{folder}'", "fix the path, or set ignoreMissingComponents: true");
                    return false;
                }

                if (!list.Items.Any(i => i is KScalar s && s.Value == item.Value))
                {
                    list.Items.Add(SourceNodes.Convert(application, item));
                }
            }

            kustomization.Set("components", list, KeyOrigin("components"));
        }

        return true;
    }

    private static bool AddPairs(RenderContext context, KubeObject application, KMapping kustomization, string field, YamlMapping pairs, bool force, string what)
    {
        var existing = kustomization.GetMapping(field) ?? new KMapping(SourceNodes.OriginOf(application, pairs));
        foreach (var entry in pairs.Entries)
        {
            if (existing.ContainsKey(entry.KeyText) && !force)
            {
                context.Report(UnitProblemCode.RenderFailed, UnitProblemSeverity.Error, application.LocationOf(entry.Key),
                    $"kustomize edit add {what} failed for {context.Unit.Id}: {what} {entry.KeyText} already in kustomization file",
                    $"set force{char.ToUpperInvariant(field[0])}{field[1..]}: true to override it, or remove one of the two");
                return false;
            }

            existing.Set(entry.KeyText, SourceNodes.Convert(application, entry.Value), SourceNodes.OriginOf(application, entry.Key));
        }

        kustomization.Set(field, existing);
        return true;
    }

    /// <summary><c>kustomize edit set image</c> syntax: <c>name=newName:tag</c>, <c>name:tag</c>, <c>name@digest</c>, <c>name=newName</c>.</summary>
    internal static KMapping ParseImage(string text, NodeOrigin origin)
    {
        var image = new KMapping(origin);
        var equals = text.IndexOf('=');
        var name = equals >= 0 ? text[..equals] : null;
        var rest = equals >= 0 ? text[(equals + 1)..] : text;
        string? digest = null;
        string? tag = null;
        var at = rest.IndexOf('@');
        if (at >= 0)
        {
            digest = rest[(at + 1)..];
            rest = rest[..at];
        }
        else
        {
            var colon = rest.LastIndexOf(':');
            if (colon > rest.LastIndexOf('/'))
            {
                tag = rest[(colon + 1)..];
                rest = rest[..colon];
            }
        }

        image.Set("name", KScalar.String(name ?? rest, origin), origin);
        if (name is not null && rest.Length > 0)
        {
            image.Set("newName", KScalar.String(rest, origin), origin);
        }

        if (tag is not null)
        {
            image.Set("newTag", KScalar.String(tag, origin), origin);
        }

        if (digest is not null)
        {
            image.Set("digest", KScalar.String(digest, origin), origin);
        }

        return image;
    }
}
