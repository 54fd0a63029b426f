using System.Text;
using GitOpsLint.Model;
using GitOpsLint.Model.Flux;
using GitOpsLint.Rendering.Kustomize.Nodes;
using GitOpsLint.Rendering.Provenance;
using GitOpsLint.Rendering.Units;
using GitOpsLint.Syntax;
using GitOpsLint.Workspace;

namespace GitOpsLint.Rendering.Flux;

/// <summary>
/// Renders a Flux Kustomization as kustomize-controller does: takes the kustomization at <c>spec.path</c> (or the one
/// Flux generates when the folder has none), edits a copy with <c>targetNamespace</c>, <c>namePrefix</c>/<c>nameSuffix</c>,
/// <c>patches</c>, <c>images</c> and <c>components</c>, builds it, then runs post-build substitution (variables from
/// <c>substitute</c> over those of <c>substituteFrom</c> ConfigMaps and Secrets found in the repository; objects annotated
/// <c>kustomize.toolkit.fluxcd.io/substitute: disabled</c> are left alone) and adds <c>commonMetadata</c>.
/// </summary>
internal static class FluxKustomizationRenderer
{
    public const string SubstituteAnnotation = "kustomize.toolkit.fluxcd.io/substitute";

    public static void Render(RenderContext context)
    {
        var unit = context.Unit;
        var kubeObject = unit.Object!;
        var kustomization = FluxKustomization.From(kubeObject)!;
        if (unit.Source.Type == UnitSourceType.Remote)
        {
            context.Report(UnitProblemCode.NotRenderableOffline, UnitProblemSeverity.Note, unit.Source.Location,
                $"{unit.Id} builds {unit.Source.Display} from {unit.Source.RepoUrl}, which is not this repository; it is not fetched, so its objects are not checked",
                "add the GitRepository's URL to repositories.self in .gitopslint.yaml if it names this repository");
            return;
        }

        if (kustomization.NormalizedPath is not { } folder)
        {
            context.Report(UnitProblemCode.OutsideRepository, UnitProblemSeverity.Error, unit.Source.Location, $"the path of {unit.Id} leads outside the repository", "write spec.path relative to the repository root");
            return;
        }

        if (!context.Repository.DirectoryExists(folder))
        {
            context.Report(UnitProblemCode.Missing, UnitProblemSeverity.Error, unit.Source.Location,
                $"kustomization path not found: '{kustomization.Path?.Value ?? "."}' is not a folder of this repository, so {unit.Id} fails to build", "fix spec.path (relative to the repository root, not to this file)");
            return;
        }

        var workspace = new OverlayWorkspace(context.Repository.Workspace);
        var file = KustomizeFileFor(context, folder, out var exists, out var existing);
        var synthetic = new List<SyntheticFile>();
        if (!exists || existing is not null)
        {
            // A kustomization that does not parse as a mapping is left as it is: the build reports kustomize's own error.
            var copy = existing is not null ? (KMapping)KNodeConverter.Convert(existing, file) : Generate(context, folder, file);
            Edit(kubeObject, copy);
            var edited = SyntheticFile.Create(file, copy, SourceNodes.OriginOf(kubeObject, (YamlNode?)kustomization.Path ?? kubeObject.Root));
            workspace.Set(file, Encoding.UTF8.GetBytes(edited.Text));
            synthetic.Add(edited);
        }

        if (KustomizeRunner.Build(context, workspace, folder, synthetic) is not { } roots)
        {
            return;
        }

        var variables = kustomization.PostBuild is { } postBuild ? Variables(context, kubeObject, postBuild) : null;
        var commonMetadata = kubeObject.Spec?.GetMapping("commonMetadata");
        foreach (var root in roots)
        {
            if (commonMetadata is not null)
            {
                AddCommonMetadata(kubeObject, root, commonMetadata);
            }

            var disabled = root.GetMapping("metadata") is { } metadata
                && (metadata.GetMapping("annotations")?.GetString(SubstituteAnnotation) == "disabled" || metadata.GetMapping("labels")?.GetString(SubstituteAnnotation) == "disabled");
            Func<string, string>? substitute = variables is null || disabled ? null : text => EnvSubst.Substitute(text, variables);
            try
            {
                if (context.Factory.FromNode(root, Anchor(root), substitute) is { } rendered)
                {
                    context.Objects.Add(rendered);
                }
            }
            catch (EnvSubstException exception)
            {
                context.Report(UnitProblemCode.RenderFailed, UnitProblemSeverity.Error, Locate(context, root),
                    $"post-build substitution of {unit.Id} failed on {root.GetString("kind")} {root.GetMapping("metadata")?.GetString("name")}: {exception.Message}",
                    $"escape a literal as $${{var}}, or annotate the object with {SubstituteAnnotation}: disabled");
                context.Objects.Clear();
                return;
            }
        }
    }

    private static string KustomizeFileFor(RenderContext context, string folder, out bool exists, out YamlMapping? existing)
    {
        foreach (var name in KustomizeRoots.FileNames)
        {
            var path = Join(folder, name);
            if (context.Repository.FileExists(path))
            {
                exists = true;
                existing = context.Repository.GetFile(path)?.Yaml?.Documents.FirstOrDefault()?.Root as YamlMapping;
                return path;
            }
        }

        exists = false;
        existing = null;
        return Join(folder, "kustomization.yaml");
    }

    /// <summary>
    /// The kustomization Flux writes for a folder without one: every <c>.yaml</c>/<c>.yml</c> file below it, except that a
    /// subfolder holding its own kustomization is listed as a folder and not entered.
    /// </summary>
    private static KMapping Generate(RenderContext context, string folder, string file)
    {
        var origin = new NodeOrigin(file, 1, 1);
        var root = new KMapping(origin);
        root.Set("apiVersion", KScalar.String("kustomize.config.k8s.io/v1beta1", origin), origin);
        root.Set("kind", KScalar.String("Kustomization", origin), origin);
        var resources = new KSequence(origin);
        var skipped = new List<string>();
        foreach (var path in context.Repository.Workspace.ListFiles(folder))
        {
            var relative = folder.Length == 0 ? path : path[(folder.Length + 1)..];
            if (skipped.Any(s => relative.StartsWith(s + "/", StringComparison.Ordinal)))
            {
                continue;
            }

            var segments = relative.Split('/');
            var nested = Enumerable.Range(1, segments.Length - 1).Select(n => string.Join('/', segments[..n]))
                .FirstOrDefault(d => KustomizeRoots.FileNames.Any(k => context.Repository.FileExists(Join(folder, d + "/" + k))));
            if (nested is not null)
            {
                skipped.Add(nested);
                resources.Items.Add(KScalar.String(nested, origin));
                continue;
            }

            var lower = relative.ToLowerInvariant();
            if ((lower.EndsWith(".yaml", StringComparison.Ordinal) || lower.EndsWith(".yml", StringComparison.Ordinal)) && IsManifestFile(context, path))
            {
                resources.Items.Add(KScalar.String(relative, origin));
            }
        }

        root.Set("resources", resources, origin);
        return root;
    }

    /// <summary>Flux lists only files that decode as Kubernetes objects; a file of plain data would fail its build the same way, so it is kept.</summary>
    private static bool IsManifestFile(RenderContext context, string path) =>
        context.Repository.GetFile(path)?.Role is not (FileRole.KustomizeConfig or FileRole.Helmfile or FileRole.CiConfig or FileRole.LinterConfig);

    /// <summary>The Kustomization's own fields, applied to the copy as Flux's generator applies them.</summary>
    private static void Edit(KubeObject kubeObject, KMapping kustomization)
    {
        var spec = kubeObject.Spec!;
        NodeOrigin KeyOrigin(string key) => SourceNodes.OriginOf(kubeObject, spec.GetEntry(key)!.Key);
        if (spec.GetValue("targetNamespace") is YamlScalar { IsNull: false, Value.Length: > 0 } targetNamespace)
        {
            kustomization.Set("namespace", SourceNodes.Convert(kubeObject, targetNamespace), KeyOrigin("targetNamespace"));
        }

        foreach (var key in new[] { "namePrefix", "nameSuffix" })
        {
            if (spec.GetValue(key) is YamlScalar { IsNull: false, Value.Length: > 0 } value)
            {
                kustomization.Set(key, SourceNodes.Convert(kubeObject, value), KeyOrigin(key));
            }
        }

        foreach (var key in new[] { "patches", "images", "components", "patchesStrategicMerge", "patchesJson6902" })
        {
            if (spec.GetValue(key) is YamlSequence items)
            {
                var list = kustomization.GetSequence(key) ?? new KSequence(KeyOrigin(key));
                list.Items.AddRange(((KSequence)SourceNodes.Convert(kubeObject, items)).Items);
                kustomization.Set(key, list, KeyOrigin(key));
            }
        }
    }

    /// <summary>Variables from <c>substituteFrom</c> (in order), then <c>substitute</c> over them.</summary>
    private static Dictionary<string, string> Variables(RenderContext context, KubeObject kubeObject, FluxPostBuild postBuild)
    {
        var variables = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var reference in postBuild.SubstituteFrom)
        {
            var found = ConfigData.Find(context.Repository, reference.Kind, reference.Name, kubeObject.Namespace);
            if (found is null)
            {
                if (!reference.Optional)
                {
                    context.Report(UnitProblemCode.Missing, UnitProblemSeverity.Warning, kubeObject.LocationOf(reference.Node),
                        $"substituteFrom {reference.Kind} '{reference.Name}' of {context.Unit.Id} is not defined in the repository; its variables are unknown here and render as empty",
                        "define it in the repository, or mark it optional: true if it may be absent");
                }

                continue;
            }

            foreach (var (key, value) in ConfigData.Read(found))
            {
                variables[key] = value;
            }
        }

        foreach (var entry in postBuild.Substitute?.Entries ?? [])
        {
            if (entry.Value is YamlScalar scalar)
            {
                variables[entry.KeyText] = scalar.IsNull ? string.Empty : scalar.Value;
            }
        }

        return variables;
    }

    private static void AddCommonMetadata(KubeObject kubeObject, KMapping root, YamlMapping commonMetadata)
    {
        var metadata = root.GetMapping("metadata") ?? root.GetOrAddMapping("metadata");
        foreach (var field in new[] { "labels", "annotations" })
        {
            if (commonMetadata.GetMapping(field) is not { } pairs)
            {
                continue;
            }

            var target = metadata.GetMapping(field) ?? metadata.GetOrAddMapping(field, SourceNodes.OriginOf(kubeObject, pairs));
            foreach (var entry in pairs.Entries)
            {
                target.Set(entry.KeyText, SourceNodes.Convert(kubeObject, entry.Value), SourceNodes.OriginOf(kubeObject, entry.Key));
            }
        }
    }

    private static SourcePoint? Anchor(KMapping root)
    {
        var origin = root.Entries.FirstOrDefault(e => e.Key == "kind")?.KeyOrigin ?? root.Origin;
        return origin is { } o ? new SourcePoint(o.Path, o.Line, o.Column) : null;
    }

    private static GitOpsLint.Diagnostics.Location Locate(RenderContext context, KMapping root) =>
        Anchor(root) is { } point ? context.Locator.Resolve(point) : context.Unit.Location;

    private static string Join(string folder, string name) => folder.Length == 0 ? name : folder + "/" + name;
}
