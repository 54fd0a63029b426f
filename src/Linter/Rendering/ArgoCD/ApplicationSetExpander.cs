using GitOpsLint.Diagnostics;
using GitOpsLint.Model;
using GitOpsLint.Rendering.Kustomize.Nodes;
using GitOpsLint.Rendering.Provenance;
using GitOpsLint.Rendering.Units;
using GitOpsLint.Syntax;

namespace GitOpsLint.Rendering.ArgoCD;

/// <summary>An Application an ApplicationSet generates, with the parameters that hint at its environment.</summary>
/// <param name="Index">Its position among the ApplicationSet's Applications (identifies it when the template gives no name).</param>
internal sealed record GeneratedApplication(RenderedObject Application, IReadOnlyDictionary<string, string> Hints, int Index);

/// <summary>
/// Expands an ApplicationSet into the Applications Argo CD's controller would create: runs the generators, merges each
/// generator's template over the ApplicationSet's, renders every string field with the parameters, and builds the
/// Application (in the ApplicationSet's namespace). A generator error stops the ApplicationSet, as in Argo CD; every
/// failure is one positioned problem. Generated Applications map their fields back to the template text.
/// </summary>
internal static class ApplicationSetExpander
{
    public static IReadOnlyList<GeneratedApplication> Expand(KubeObject applicationSet, UnitDiscoveryContext discovery, ClusterInventory clusters, IReadOnlyList<RelatedLocation> chain)
    {
        var path = applicationSet.Document.File.Path;
        var unitId = "ApplicationSet/" + (applicationSet.Namespace is { Length: > 0 } ns ? ns + "/" : string.Empty) + applicationSet.Name;
        var root = (KMapping)SourceNodes.Convert(applicationSet, applicationSet.Root);
        var spec = root.GetMapping("spec");
        var goTemplate = spec?.Get("goTemplate") is KScalar { Typed.Type: KScalarType.Bool, Typed.Text: "true" };
        var options = spec?.GetSequence("goTemplateOptions")?.Items.OfType<KScalar>().Select(s => s.Value) ?? [];
        var templater = ArgoTemplater.Create(goTemplate, options, out var optionError);
        var problems = discovery.Problems;
        void Report(string code, UnitProblemSeverity severity, NodeOrigin? where, string message, string? hint) =>
            problems.Add(new UnitProblem(code, severity, Where(where, applicationSet, discovery), message, hint, unitId) { RelatedLocations = chain });

        if (optionError is not null)
        {
            Report(UnitProblemCode.Invalid, UnitProblemSeverity.Error, spec?.Get("goTemplateOptions")?.Origin, $"ApplicationSet '{applicationSet.Name}': {optionError}", "the only useful option is missingkey=error");
            return [];
        }

        var context = new GeneratorContext(applicationSet, templater, discovery, clusters);
        var parameterSets = new List<ParameterSet>();
        try
        {
            foreach (var generator in spec?.GetSequence("generators")?.Items.OfType<KMapping>() ?? [])
            {
                parameterSets.AddRange(GeneratorEvaluator.Evaluate(generator, context, 0));
                context.CheckCount(parameterSets.Count, generator.Origin);
            }
        }
        catch (GeneratorException exception)
        {
            Report(exception.Code, exception.Severity, exception.Where, exception.Message, exception.Hint);
            return [];
        }
        catch (ArgoTemplateException exception)
        {
            Report(UnitProblemCode.RenderFailed, UnitProblemSeverity.Error, exception.Origin, $"ApplicationSet '{applicationSet.Name}': {exception.Message}", "fix the generator's template expressions");
            return [];
        }
        finally
        {
            foreach (var note in context.Notes)
            {
                Report(note.Code, note.Severity, note.Where, note.Message, note.Hint);
            }
        }

        if (spec?.Get("templatePatch") is { } patch)
        {
            Report(UnitProblemCode.Unsupported, UnitProblemSeverity.Note, patch.Origin, $"the templatePatch of ApplicationSet '{applicationSet.Name}' is not applied offline; generated Applications are checked without it", null);
        }

        var template = spec?.GetMapping("template") ?? new KMapping(spec?.Origin);
        var factory = new RenderedObjectFactory(discovery.Locator, unitId, chain, chain.Count > 0 ? chain[^1].Location : applicationSet.LocationOf(applicationSet.Root));
        var result = new List<GeneratedApplication>();
        var names = new Dictionary<string, NodeOrigin?>(StringComparer.Ordinal);
        foreach (var parameters in parameterSets)
        {
            if (result.Count >= discovery.Options.MaxGeneratedApplications)
            {
                Report(UnitProblemCode.Limit, UnitProblemSeverity.Error, spec?.Entries.FirstOrDefault(e => e.Key == "generators")?.KeyOrigin, $"ApplicationSet '{applicationSet.Name}' generates more than {discovery.Options.MaxGeneratedApplications:N0} Applications; the rest are not rendered", "split the ApplicationSet, or raise the limit if this many Applications are intended");
                break;
            }

            KMapping rendered;
            try
            {
                var merged = parameters.Template is null ? template : Merge(template, parameters.Template);
                rendered = (KMapping)templater.RenderTree(merged, parameters.Values);
            }
            catch (ArgoTemplateException exception)
            {
                Report(UnitProblemCode.RenderFailed, UnitProblemSeverity.Error, exception.Origin, $"ApplicationSet '{applicationSet.Name}': {exception.Message}", "fix the template expression; Argo CD stops generating Applications on it");
                return result;
            }

            // Argo CD refuses the whole ApplicationSet on a missing or repeated name; the problem is reported once and the
            // Applications are still rendered, so that their own mistakes are found in the same run.
            var application = BuildApplication(root, rendered, applicationSet.Namespace);
            var nameNode = rendered.GetMapping("metadata")?.Get("name");
            var name = application.GetMapping("metadata")?.GetString("name") ?? string.Empty;
            if (name.Length == 0 && names.TryAdd(string.Empty, null))
            {
                Report(UnitProblemCode.Invalid, UnitProblemSeverity.Error, nameNode?.Origin ?? template.Origin, $"ApplicationSet '{applicationSet.Name}' generates an Application without a name; Argo CD creates none of its Applications", "set template.metadata.name, usually from a parameter such as '{{name}}-app'");
            }
            else if (name.Length > 0 && !names.TryAdd(name, nameNode?.Origin))
            {
                Report(UnitProblemCode.Invalid, UnitProblemSeverity.Error, nameNode?.Origin ?? template.Origin, $"ApplicationSet {applicationSet.Name} contains applications with duplicate name: {name}", "include a parameter that differs between generated Applications in template.metadata.name");
            }

            if (factory.FromNode(application, ToPoint(nameNode?.Origin ?? template.Origin)) is { } generated)
            {
                result.Add(new GeneratedApplication(generated, Hints(parameters.Values), result.Count));
            }
        }

        return result;
    }

    private static KMapping BuildApplication(KMapping appSet, KMapping template, string? @namespace)
    {
        var application = new KMapping(template.Origin);
        application.Set("apiVersion", KScalar.String("argoproj.io/v1alpha1", appSet.Get("apiVersion")?.Origin));
        application.Set("kind", KScalar.String(ArgoKinds.Application, appSet.Get("kind")?.Origin));
        var metadata = new KMapping(template.GetMapping("metadata")?.Origin ?? template.Origin);
        foreach (var entry in template.GetMapping("metadata")?.Entries ?? [])
        {
            if (entry.Key is "name" or "labels" or "annotations" or "finalizers")
            {
                metadata.Set(entry.Key, entry.Value, entry.KeyOrigin);
            }
        }

        if (@namespace is { Length: > 0 })
        {
            // Argo CD puts generated Applications in the ApplicationSet's namespace, whatever the template says.
            metadata.Set("namespace", KScalar.String(@namespace, appSet.GetMapping("metadata")?.Get("namespace")?.Origin));
        }

        application.Set("metadata", metadata);
        if (template.Get("spec") is { } spec)
        {
            application.Set("spec", spec, template.Entries.First(e => e.Key == "spec").KeyOrigin);
        }

        return application;
    }

    /// <summary>A copy of <paramref name="template"/> with <paramref name="overlay"/> merged over it (maps recursively, anything else replaced).</summary>
    private static KMapping Merge(KMapping template, KMapping overlay)
    {
        var result = (KMapping)template.DeepClone();
        foreach (var entry in overlay.Entries)
        {
            if (entry.Value is KMapping map && result.Get(entry.Key) is KMapping existing)
            {
                result.Set(entry.Key, Merge(existing, map), entry.KeyOrigin);
            }
            else
            {
                result.Set(entry.Key, entry.Value.DeepClone(), entry.KeyOrigin);
            }
        }

        return result;
    }

    private static Dictionary<string, string> Hints(Dictionary<string, object?> values)
    {
        var flat = GeneratorEvaluator.Flat(values);
        var hints = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var key in new[] { "environment", "env" })
        {
            if ((flat.GetValueOrDefault(key) ?? flat.GetValueOrDefault("values." + key)) is { Length: > 0 } value)
            {
                hints[key] = value;
            }
        }

        return hints;
    }

    private static SourcePoint? ToPoint(NodeOrigin? origin) => origin is { } o ? new SourcePoint(o.Path, o.Line, o.Column) : null;

    private static Location Where(NodeOrigin? origin, KubeObject applicationSet, UnitDiscoveryContext discovery) =>
        origin is { } o ? discovery.Locator.Resolve(new SourcePoint(o.Path, o.Line, o.Column)) : applicationSet.LocationOfKey("/spec/generators");
}
