using System.Text;
using GitOpsLint.Rendering.Helm.Engine;
using GitOpsLint.Rendering.Helm.Loading;
using GitOpsLint.Rendering.Helm.Manifests;
using GitOpsLint.Rendering.Helm.Output;
using GitOpsLint.Rendering.Helm.Values;
using GoTemplates;
using GoTemplates.Sprig;

namespace GitOpsLint.Rendering.Helm;

/// <summary>
/// <c>helm template</c> in-process: load the chart, coalesce and validate values, execute the templates, sort and
/// print the manifests. Never throws for bad input: every failure is a <see cref="HelmRenderError"/> in the result,
/// with Helm's message and, where there is one, the template or value file position.
/// </summary>
public static class HelmRenderer
{
    /// <summary>
    /// Stack of the render thread. Each include nests the evaluator a few frames deeper, and Helm allows a name to be
    /// included 1000 times within itself; the default 1 MB stack would end such charts with a depth error Helm does
    /// not give. Reserved address space, not committed memory.
    /// </summary>
    private const int RenderStackBytes = 256 * 1024 * 1024;

    /// <summary>Renders the chart at <paramref name="chartPath"/> (a directory or a .tgz in <paramref name="source"/>).</summary>
    public static HelmRenderResult Render(IChartFileSource source, string chartPath, HelmRenderOptions options, CancellationToken cancellationToken = default)
    {
        HelmRenderResult? result = null;
        Exception? failure = null;
        var thread = new Thread(
            () =>
            {
                try
                {
                    result = RenderOnThisThread(source, chartPath, options, cancellationToken);
                }
                catch (Exception e)
                {
                    failure = e;
                }
            },
            RenderStackBytes)
        {
            Name = "helm-render",
            IsBackground = true,
        };
        thread.Start();
        thread.Join();
        if (failure is not null)
        {
            // Only cancellation and host failures (out of memory) get here: they are not properties of the chart.
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(failure).Throw();
        }

        return result!;
    }

    private static HelmRenderResult RenderOnThisThread(IChartFileSource source, string chartPath, HelmRenderOptions options, CancellationToken cancellationToken)
    {
        var warnings = new List<string>();
        try
        {
            return RenderChecked(source, chartPath, options, warnings, cancellationToken);
        }
        catch (HelmRenderException e)
        {
            return Failed(e.Error, e.PartialOutput, options, warnings);
        }
        catch (ChartLoadException e)
        {
            return Failed(new HelmRenderError(HelmErrorKind.Chart, e.Message, null, []), "", options, warnings);
        }
        catch (HelmValuesException e)
        {
            return Failed(new HelmRenderError(HelmErrorKind.Values, e.Message, null, []), "", options, warnings);
        }
    }

    private static HelmRenderResult RenderChecked(IChartFileSource source, string chartPath, HelmRenderOptions options, List<string> warnings, CancellationToken cancellationToken)
    {
        if (options.NameTemplate is { } nameTemplate)
        {
            options = options with { ReleaseName = RenderNameTemplate(nameTemplate, options) };
        }

        var plan = RenderPlanBuilder.Build(source, chartPath, options);
        warnings.AddRange(plan.Warnings);
        if (options.ValidateSchema)
        {
            new ValuesSchemaValidator(source, options).Validate(plan.Chart, plan.Values);
        }

        if (RenderPlanBuilder.KubeVersionError(plan) is { } kubeError)
        {
            throw new HelmRenderException(new HelmRenderError(HelmErrorKind.KubeVersion, kubeError, null, []));
        }

        var rendered = TemplateRenderer.Render(plan, options, cancellationToken);
        var notesName = plan.Chart.Name + "/templates/NOTES.txt";
        var notes = rendered.GetValueOrDefault(notesName);
        var templates = plan.Templates.ToDictionary(t => t.Name, StringComparer.Ordinal);
        var files = rendered
            .Where(kv => !kv.Key.EndsWith("NOTES.txt", StringComparison.Ordinal))
            .Select(kv => new RenderedFile(kv.Key, kv.Value, Encoding.UTF8.GetString(templates[kv.Key].File.Data), templates[kv.Key].File.Origin))
            .ToList();

        List<RenderedManifest> manifests, hooks;
        try
        {
            (manifests, hooks) = ManifestSorter.Sort(files, options.Helm4);
        }
        catch (ChartLoadException e)
        {
            throw new HelmRenderException(
                new HelmRenderError(HelmErrorKind.Manifest, e.Message, ManifestErrorLocation(e.Message, templates), []),
                UnsortedFiles(files));
        }

        var crds = options.IncludeCrds ? plan.Chart.CrdObjects().ToList() : [];
        var output = HelmTemplateFormatter.Format(
            crds.Select(c => (c.Filename, Encoding.UTF8.GetString(c.File.Data))),
            manifests,
            hooks,
            options.SkipTests,
            options.NoHooks,
            options.ShowOnly,
            options.Helm4);
        var printed = crds.Select(CrdManifest)
            .Concat(manifests)
            .Concat(options.NoHooks ? [] : hooks.Where(h => !(options.SkipTests && h.IsTest)))
            .ToList();
        return new HelmRenderResult(ShowOnly(printed, options.ShowOnly), output, notes, null, warnings);
    }

    private static HelmRenderResult Failed(HelmRenderError error, string partial, HelmRenderOptions options, List<string> warnings)
    {
        if (!options.Debug || !error.HasDebugHint)
        {
            return new HelmRenderResult([], "", null, error, warnings);
        }

        // helm template --debug prints what the release holds (nothing after a template error, the unsorted files
        // after a YAML error), through the --show-only filter, then the error.
        var output = partial.Trim() + "\n";
        if (options.ShowOnly.Count > 0)
        {
            try
            {
                output = HelmTemplateFormatter.ShowOnly(output, options.ShowOnly, options.Helm4);
            }
            catch (ChartLoadException e)
            {
                // Helm 4 reports the render error instead of the failed filter.
                return options.Helm4
                    ? new HelmRenderResult([], "", null, error, warnings)
                    : new HelmRenderResult([], "", null, new HelmRenderError(HelmErrorKind.Chart, e.Message, null, []), warnings);
            }
        }

        return new HelmRenderResult([], output, null, error, warnings);
    }

    /// <summary><c>--name-template</c>: Sprig (without env access) and no data, like helm's TemplateName.</summary>
    private static string RenderNameTemplate(string text, HelmRenderOptions options)
    {
        var functions = new Dictionary<string, GoTemplates.Runtime.GoFunction>(SprigLibrary.Create(options.Sprig), StringComparer.Ordinal);
        functions.Remove("env");
        functions.Remove("expandenv");
        var set = new TemplateSet("name-template", new TemplateOptions { MaxOutputLength = 4096, Timeout = options.Timeout });
        set.AddFunctions(functions);
        try
        {
            set.Parse("name-template", text);
            return set.Execute("name-template", null);
        }
        catch (TemplateException e)
        {
            throw new HelmRenderException(new HelmRenderError(
                HelmErrorKind.ReleaseName, e.Message, new HelmErrorLocation("name-template", null, e.Line, e.Column), []));
        }
    }

    private static string UnsortedFiles(List<RenderedFile> files)
    {
        var sb = new StringBuilder();
        foreach (var file in files.OrderBy(f => f.Name, StringComparer.Ordinal))
        {
            if (file.Text.Trim().Length > 0)
            {
                sb.Append("---\n# Source: ").Append(file.Name).Append('\n').Append(file.Text).Append('\n');
            }
        }

        return sb.ToString();
    }

    /// <summary>The template a <c>YAML parse error on NAME: ...</c> names, and the line the YAML error gives (within the rendered document, a hint only).</summary>
    private static HelmErrorLocation? ManifestErrorLocation(string message, Dictionary<string, TemplateToRender> templates)
    {
        const string Prefix = "YAML parse error on ";
        if (!message.StartsWith(Prefix, StringComparison.Ordinal))
        {
            return null;
        }

        var end = message.IndexOf(": ", Prefix.Length, StringComparison.Ordinal);
        var name = end < 0 ? message[Prefix.Length..] : message[Prefix.Length..end];
        return templates.TryGetValue(name, out var template) ? new HelmErrorLocation(name, template.File.Origin, 0, null) : null;
    }

    private static RenderedManifest CrdManifest((string Filename, ChartFile File) crd)
    {
        var content = Encoding.UTF8.GetString(crd.File.Data);
        ManifestHead head;
        try
        {
            head = ManifestHead.Parse(content);
        }
        catch (ChartLoadException)
        {
            // A CRD file may hold several documents; helm prints it whole and never reads its head.
            head = new ManifestHead("", "", "", []);
        }

        var lines = content.Split('\n').Length;
        var lineMap = Enumerable.Range(1, lines).Select(line => new SourceLocation(crd.File.Origin, line)).ToList();
        return new RenderedManifest(crd.Filename, content, head.ApiVersion, head.Kind, head.Name, [], 0, new SourceLocation(crd.File.Origin, 1), lineMap)
        {
            IsCrdFile = true,
        };
    }

    /// <summary>The manifests <c>--show-only</c> keeps, in pattern order, as the formatter prints them.</summary>
    private static List<RenderedManifest> ShowOnly(List<RenderedManifest> manifests, IReadOnlyList<string> patterns)
    {
        if (patterns.Count == 0)
        {
            return manifests;
        }

        var kept = new List<RenderedManifest>();
        foreach (var raw in patterns)
        {
            var pattern = raw.Replace('\\', '/');
            foreach (var manifest in manifests)
            {
                var slash = manifest.SourcePath.IndexOf('/', StringComparison.Ordinal);
                if (slash >= 0 && GoPathMatch.IsValidPattern(pattern) && GoPathMatch.Match(pattern, manifest.SourcePath[(slash + 1)..]))
                {
                    kept.Add(manifest);
                }
            }
        }

        return kept;
    }
}
