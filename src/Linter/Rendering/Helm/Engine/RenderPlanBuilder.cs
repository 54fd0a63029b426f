using GitOpsLint.Rendering.Helm.Loading;
using GitOpsLint.Rendering.Helm.Semver;
using GitOpsLint.Rendering.Helm.Values;

namespace GitOpsLint.Rendering.Helm.Engine;

/// <summary>
/// The part of <c>helm template</c> before template execution: load the chart, refuse non-application charts,
/// check and process dependencies, coalesce values, and build one render object per
/// chart (Helm 3's <c>.Values</c>, <c>.Chart</c>, <c>.Release</c>, <c>.Capabilities</c>, <c>.Files</c>, <c>.Subcharts</c>).
/// Errors are <see cref="ChartLoadException"/> / <see cref="HelmValuesException"/> with Helm's messages.
/// </summary>
internal static class RenderPlanBuilder
{
    /// <summary>
    /// What <c>helm dependency build</c> does for <c>file://</c> dependencies, which Argo CD and Flux run before
    /// rendering: a dependency declared in Chart.yaml and missing from <c>charts/</c> is loaded from the folder its
    /// <c>repository: file://...</c> names (inside the same file source, so never outside the repository).
    /// </summary>
    private static void AddFileDependencies(ChartLoader loader, IChartFileSource source, Chart chart, string chartPath)
    {
        foreach (var dependency in chart.Metadata.Dependencies ?? [])
        {
            if (dependency is null || !dependency.Repository.StartsWith("file://", StringComparison.Ordinal) || chart.Dependencies.Any(d => d.Name == dependency.Name))
            {
                continue;
            }

            var target = Workspace.RepoPath.Combine(chartPath, dependency.Repository["file://".Length..]);
            if (target is not null && source.IsDirectory(target) && source.IsFile(target + "/Chart.yaml"))
            {
                chart.AddDependency(loader.Load(target));
            }
        }
    }

    internal static RenderPlan Build(IChartFileSource source, string chartPath, HelmRenderOptions options)
    {
        var warnings = new List<string>();
        var userValues = UserValuesReader.Read(options, source);
        var loader = new ChartLoader(source, options.Limits);
        var chart = loader.Load(chartPath);
        if (options.BuildFileDependencies)
        {
            AddFileDependencies(loader, source, chart, chartPath);
        }

        if (chart.Metadata.Type is not ("" or "application"))
        {
            throw new ChartLoadException($"{chart.Metadata.Type} charts are not installable");
        }

        if (chart.Metadata.Deprecated)
        {
            warnings.Add("WARNING: This chart is deprecated");
        }

        if (chart.Metadata.Dependencies is not null)
        {
            DependencyProcessor.CheckDependencies(chart);
        }

        var coalescer = new ValueCoalescer(options.Helm4, warnings);
        new DependencyProcessor(coalescer, warnings).Process(chart, userValues);
        var kube = options.ParseKubeVersion();
        var capabilities = CapabilitiesObject.Create(kube, options.ApiVersions, options.Helm4 ? "v4.2" : "v3.21");
        var values = new ChartValues(coalescer.Coalesce(chart, userValues));
        var release = new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["Name"] = options.ReleaseName,
            ["Namespace"] = options.Namespace,
            ["IsUpgrade"] = options.IsUpgrade,
            ["IsInstall"] = !options.IsUpgrade,
            ["Revision"] = (nint)1,
            ["Service"] = "Helm",
        };

        var templates = new List<TemplateToRender>();
        var top = new ChartValues
        {
            ["Release"] = release,
            ["Capabilities"] = capabilities,
            ["Values"] = values,
        };
        Collect(chart, top, templates);
        return new RenderPlan(chart, values, kube, ParseOrder(templates), warnings);
    }

    /// <summary>
    /// The chart's <c>kubeVersion</c> constraint. Helm checks it after the values are validated, when the release
    /// exists, so its error carries the <c>--debug</c> hint (<see cref="HelmErrorKind.KubeVersion"/>).
    /// </summary>
    internal static string? KubeVersionError(RenderPlan plan)
    {
        var constraint = plan.Chart.Metadata.KubeVersion;
        return constraint.Length > 0 && !VersionConstraint.IsCompatibleRange(constraint, plan.KubeVersion.Version)
            ? $"chart requires kubeVersion: {constraint} which is incompatible with Kubernetes {plan.KubeVersion.Version}"
            : null;
    }

    /// <summary>Builds the chart's render object (and, first, its subcharts'); registers its templates.</summary>
    private static ChartValues Collect(Chart chart, ChartValues parent, List<TemplateToRender> templates)
    {
        var subcharts = new Dictionary<string, object?>(StringComparer.Ordinal);
        var next = new ChartValues
        {
            ["Chart"] = ChartObject.Create(chart.Metadata, chart.IsRoot),
            ["Files"] = FilesObject.FromChart(chart.Files),
            ["Release"] = parent["Release"],
            ["Capabilities"] = parent["Capabilities"],
            ["Values"] = new ChartValues(),
            ["Subcharts"] = subcharts,
        };
        if (chart.IsRoot)
        {
            next["Values"] = parent["Values"];
        }
        else if (parent["Values"] is Dictionary<string, object?> parentValues
                 && ValueTree.Table(parentValues, chart.Name, out _) is { } scoped)
        {
            next["Values"] = scoped as ChartValues ?? new ChartValues(scoped);
        }

        foreach (var dependency in chart.Dependencies)
        {
            subcharts[dependency.Name] = Collect(dependency, next, templates);
        }

        var isLibrary = chart.Metadata.Type.Equals("library", StringComparison.OrdinalIgnoreCase);
        foreach (var file in chart.Templates)
        {
            if (isLibrary && !Path.GetFileName(file.Name).StartsWith('_'))
            {
                continue;
            }

            templates.Add(new TemplateToRender(chart.FullPath + "/" + file.Name, file, next, chart.FullPath + "/templates"));
        }

        return next;
    }

    /// <summary>More path separators first; equal depth in reverse lexical order, so parents' and lexically smaller files' defines win.</summary>
    private static List<TemplateToRender> ParseOrder(List<TemplateToRender> templates) =>
        templates
            .OrderByDescending(t => t.Name.Count(c => c == '/'))
            .ThenByDescending(t => t.Name, StringComparer.Ordinal)
            .ToList();
}
