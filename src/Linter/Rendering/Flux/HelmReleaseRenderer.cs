using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using GitOpsLint.Model;
using GitOpsLint.Model.Flux;
using GitOpsLint.Rendering.ArgoCD;
using GitOpsLint.Rendering.Helm;
using GitOpsLint.Rendering.Kustomize.Nodes;
using GitOpsLint.Rendering.Provenance;
using GitOpsLint.Rendering.Units;
using GitOpsLint.Syntax;
using GitOpsLint.Workspace;

namespace GitOpsLint.Rendering.Flux;

/// <summary>
/// Renders a Flux HelmRelease as helm-controller would install it: the chart from a path in an in-repository
/// GitRepository, or from a local mirror (<c>charts:</c>) of a HelmRepository/OCIRepository chart; values composed from
/// <c>valuesFrom</c> (ConfigMaps and Secrets in the repository, in order, with <c>valuesKey</c>, <c>targetPath</c> and
/// <c>optional</c>) and then <c>values</c>; release name and namespace as Flux derives them; CRDs unless
/// <c>install.crds: Skip</c>; then the <c>kustomize</c> post-renderers (patches and images) over the output.
/// </summary>
internal static class HelmReleaseRenderer
{
    public static void Render(RenderContext context)
    {
        var unit = context.Unit;
        var release = FluxHelmRelease.From(unit.Object!)!;
        var kubeObject = release.Object;
        var chartFolder = ChartFolder(context, release);
        if (chartFolder is null)
        {
            return;
        }

        if (!Values(context, release, out var values))
        {
            return;
        }

        var valueFiles = new List<string>();
        foreach (var item in release.Chart?.ValuesFiles?.Items.OfType<YamlScalar>() ?? [])
        {
            // valuesFiles are paths in the chart's source artifact; for a GitRepository that is this repository.
            var path = RepoPath.Normalize(item.Value.TrimStart('/'));
            if (path is null || !context.Repository.FileExists(path))
            {
                context.Report(UnitProblemCode.Missing, UnitProblemSeverity.Error, kubeObject.LocationOf(item),
                    $"values file '{item.Value}' of {unit.Id} does not exist in the chart's source", "fix the path (relative to the source's root)");
                return;
            }

            valueFiles.Add(path);
        }

        var targetNamespace = release.TargetNamespace?.Value;
        var options = new HelmRenderOptions
        {
            ReleaseName = ReleaseName(release),
            Namespace = targetNamespace is { Length: > 0 } ? targetNamespace : kubeObject.Namespace is { Length: > 0 } ns ? ns : "default",
            ValueFiles = valueFiles,
            ValueDocuments = [JsonSerializer.Serialize(values)],
            IncludeCrds = !string.Equals(release.Install?.GetString("crds"), "Skip", StringComparison.Ordinal),
            SkipTests = true,
            KubeVersion = context.Options.KubeVersion ?? context.Repository.Configuration.KubernetesVersion,
        };
        if (HelmRunner.Render(context, context.Repository.Workspace, chartFolder, options, unit.Source.Location) is not { } manifests)
        {
            return;
        }

        var objects = manifests.Select(m => HelmRunner.ToObject(context, m)).OfType<RenderedObject>().ToList();
        var postRenderers = release.PostRenderers?.Items.OfType<YamlMapping>().Select(p => p.GetMapping("kustomize")).OfType<YamlMapping>().ToArray() ?? [];
        if (postRenderers.Length == 0)
        {
            context.Objects.AddRange(objects);
            return;
        }

        var roots = objects.Select(o => (KMapping)SourceNodes.Convert(o.Object, o.Object.Root)).ToList();
        for (var i = 0; i < postRenderers.Length && roots is not null; i++)
        {
            roots = PostRender(context, kubeObject, postRenderers[i], roots, i);
        }

        if (roots is not null)
        {
            KustomizeRunner.AddObjects(context, roots);
        }
    }

    /// <summary>The chart's folder in the repository, or null (reported) when it cannot be rendered offline.</summary>
    private static string? ChartFolder(RenderContext context, FluxHelmRelease release)
    {
        var unit = context.Unit;
        var source = unit.Source;
        string? folder;
        switch (source.Type)
        {
            case UnitSourceType.Remote:
                context.Report(UnitProblemCode.NotRenderableOffline, UnitProblemSeverity.Note, source.Location,
                    $"{unit.Id} takes its chart from {source.RepoUrl}, which is not this repository; it is not fetched, so its objects are not checked",
                    "add the GitRepository's URL to repositories.self in .gitopslint.yaml if it names this repository");
                return null;
            case UnitSourceType.HelmRepositoryChart:
                folder = source.Chart is null ? null : ChartMirrors.From(context.Repository.Configuration).Find(source.RepoUrl, source.Chart, source.Revision);
                if (folder is null)
                {
                    context.Report(UnitProblemCode.NotRenderableOffline, UnitProblemSeverity.Note, source.Location,
                        $"{unit.Id} installs chart '{source.Chart}' from {source.RepoUrl ?? "a Helm repository"}; remote charts are not fetched, so its objects are not checked",
                        "vendor the chart into the repository and list it under charts: in .gitopslint.yaml to check it");
                    return null;
                }

                break;
            default:
                folder = source.Path;
                break;
        }

        if (folder is null)
        {
            return null;
        }

        if (!context.Repository.FileExists(folder.Length == 0 ? "Chart.yaml" : folder + "/Chart.yaml"))
        {
            context.Report(UnitProblemCode.Missing, UnitProblemSeverity.Error, source.Location,
                $"the chart '{folder}' of {unit.Id} is not a chart folder of this repository (no Chart.yaml)", "point spec.chart.spec.chart at the chart's folder, relative to the source's root");
            return null;
        }

        return folder;
    }

    /// <summary>Flux's value composition; false when a required source is unusable (reported).</summary>
    private static bool Values(RenderContext context, FluxHelmRelease release, out Dictionary<string, object?> values)
    {
        values = new Dictionary<string, object?>(StringComparer.Ordinal);
        var kubeObject = release.Object;
        foreach (var reference in release.ValuesFrom)
        {
            var found = ConfigData.Find(context.Repository, reference.Kind, reference.Name, kubeObject.Namespace);
            if (found is null)
            {
                if (!reference.Optional)
                {
                    context.Report(UnitProblemCode.Missing, UnitProblemSeverity.Warning, kubeObject.LocationOf(reference.Node),
                        $"valuesFrom {reference.Kind} '{reference.Name}' of {context.Unit.Id} is not defined in the repository; the chart is rendered without its values",
                        "define it in the repository, or mark it optional: true if it may be absent");
                }

                continue;
            }

            if (!ConfigData.Read(found).TryGetValue(reference.ValuesKey, out var text))
            {
                if (!reference.Optional)
                {
                    context.Report(UnitProblemCode.Missing, UnitProblemSeverity.Error, kubeObject.LocationOf(reference.Node),
                        $"valuesFrom {reference.Kind} '{reference.Name}' of {context.Unit.Id} has no key '{reference.ValuesKey}'; Flux fails the release", "set valuesKey to a key of the object, or mark the reference optional");
                    return false;
                }

                continue;
            }

            if (reference.TargetPath is { Length: > 0 } targetPath)
            {
                SetPath(values, targetPath, text);
                continue;
            }

            var parsed = YamlParser.Parse(found.Document.File.Path, text);
            if (parsed.Issues.FirstOrDefault() is { } issue || parsed.Documents.FirstOrDefault()?.Root is not YamlMapping mapping)
            {
                context.Report(UnitProblemCode.RenderFailed, UnitProblemSeverity.Error, kubeObject.LocationOf(reference.Node),
                    $"the '{reference.ValuesKey}' key of {reference.Kind} '{reference.Name}' used by {context.Unit.Id} is not a YAML mapping of values", "store a values document under the key, or use targetPath for a single value");
                return false;
            }

            ParameterValues.DeepMerge(values, (Dictionary<string, object?>)ParameterValues.FromYaml(mapping)!);
        }

        if (release.Values is { } inline)
        {
            ParameterValues.DeepMerge(values, (Dictionary<string, object?>)ParameterValues.FromYaml(inline)!);
        }

        return true;
    }

    /// <summary>Sets <c>a.b.c</c> (dots escaped as <c>\.</c>) to a string, creating the maps on the way.</summary>
    private static void SetPath(Dictionary<string, object?> values, string path, string value)
    {
        var parts = new List<string>();
        var current = new StringBuilder();
        for (var i = 0; i < path.Length; i++)
        {
            if (path[i] == '\\' && i + 1 < path.Length && path[i + 1] == '.')
            {
                current.Append('.');
                i++;
            }
            else if (path[i] == '.')
            {
                parts.Add(current.ToString());
                current.Clear();
            }
            else
            {
                current.Append(path[i]);
            }
        }

        parts.Add(current.ToString());
        var map = values;
        foreach (var part in parts[..^1])
        {
            if (map.GetValueOrDefault(part) is not Dictionary<string, object?> child)
            {
                child = new Dictionary<string, object?>(StringComparer.Ordinal);
                map[part] = child;
            }

            map = child;
        }

        map[parts[^1]] = value;
    }

    /// <summary>Flux's default release name: <c>[targetNamespace-]name</c>, shortened with a hash beyond 53 characters.</summary>
    internal static string ReleaseName(FluxHelmRelease release)
    {
        if (release.ReleaseName?.Value is { Length: > 0 } explicitName)
        {
            return explicitName;
        }

        var name = release.TargetNamespace?.Value is { Length: > 0 } target ? target + "-" + release.Object.Name : release.Object.Name;
        if (name.Length <= 53)
        {
            return name;
        }

        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(name)));
        return name[..40] + "-" + hash[..12];
    }

    /// <summary>Runs one kustomize post-renderer over the objects in memory; null when kustomize fails (reported).</summary>
    private static List<KMapping>? PostRender(RenderContext context, KubeObject release, YamlMapping postRenderer, List<KMapping> roots, int index)
    {
        var folder = $".gitopslint-postrender/{index}";
        var workspace = new OverlayWorkspace(context.Repository.Workspace);
        var synthetic = new List<SyntheticFile>();
        var fallback = SourceNodes.OriginOf(release, postRenderer);
        var kustomization = new KMapping(fallback);
        kustomization.Set("apiVersion", KScalar.String("kustomize.config.k8s.io/v1beta1", fallback), fallback);
        kustomization.Set("kind", KScalar.String("Kustomization", fallback), fallback);
        var resources = new KSequence(fallback);
        for (var i = 0; i < roots.Count; i++)
        {
            var name = $"manifest-{i}.yaml";
            var file = SyntheticFile.Create(folder + "/" + name, roots[i], roots[i].Origin ?? fallback);
            workspace.Set(file.Path, Encoding.UTF8.GetBytes(file.Text));
            synthetic.Add(file);
            resources.Items.Add(KScalar.String(name, fallback));
        }

        kustomization.Set("resources", resources, fallback);
        foreach (var key in new[] { "patches", "patchesStrategicMerge", "patchesJson6902", "images" })
        {
            if (postRenderer.GetValue(key) is YamlSequence items)
            {
                kustomization.Set(key, SourceNodes.Convert(release, items), SourceNodes.OriginOf(release, postRenderer.GetEntry(key)!.Key));
            }
        }

        var kustomizationFile = SyntheticFile.Create(folder + "/kustomization.yaml", kustomization, fallback);
        workspace.Set(kustomizationFile.Path, Encoding.UTF8.GetBytes(kustomizationFile.Text));
        synthetic.Add(kustomizationFile);
        return KustomizeRunner.Build(context, workspace, folder, synthetic)?.ToList();
    }
}
