using GitOpsLint.Analysis;
using GitOpsLint.Configuration;
using GitOpsLint.Diagnostics;
using GitOpsLint.Model;
using GitOpsLint.Model.ArgoCD;
using GitOpsLint.Syntax;

namespace GitOpsLint.Rules.ArgoCD;

/// <summary>
/// ApplicationSet templates: a name for every generated Application, unique across the generator's elements,
/// parameters the generators provide, one template syntax, and <c>missingkey=error</c> with Go templates.
/// </summary>
public sealed class ApplicationSetTemplateAnalyzer : Analyzer
{
    public static readonly DiagnosticDescriptor MissingName = new(
        "GOL308",
        "ApplicationSet template without metadata.name",
        "the template of ApplicationSet {0} has no metadata.name; every generated Application needs a unique name: set template.metadata.name from a parameter, e.g. '{1}'",
        DiagnosticCategory.ArgoCD,
        Severity.Error,
        "Every Application an ApplicationSet generates needs a name, normally built from generator parameters (`'{{name}}-myapp'`). Without `template.metadata.name` the ApplicationSet controller cannot create any Application.")
    {
        BadExample = "template:\n  spec:\n    project: default\n",
        GoodExample = "template:\n  metadata:\n    name: 'myapp-{{name}}'\n  spec:\n    project: default\n",
        Tags = ["argocd", "applicationset"],
    };

    public static readonly DiagnosticDescriptor DuplicateGeneratedName = new(
        "GOL309",
        "ApplicationSet generates the same name twice",
        "the name template '{0}' gives '{1}' for {2} generator elements; the controller refuses duplicates and generates none of them: add a parameter that differs between elements to the name",
        DiagnosticCategory.ArgoCD,
        Severity.Error,
        "The ApplicationSet controller requires every generated Application to have a distinct name; with duplicates it reports `ApplicationSet ... contains applications with duplicate name` and creates or updates none. The names are evaluated here for generators whose elements are written in the repository (list, and matrices of lists), in fasttemplate and goTemplate mode.")
    {
        BadExample = "generators:\n  - list:\n      elements:\n        - cluster: a\n          env: prod\n        - cluster: b\n          env: prod\ntemplate:\n  metadata:\n    name: 'myapp-{{env}}'\n",
        GoodExample = "template:\n  metadata:\n    name: 'myapp-{{env}}-{{cluster}}'\n",
        Tags = ["argocd", "applicationset"],
    };

    public static readonly DiagnosticDescriptor UnknownParameter = new(
        "GOL310",
        "Template parameter no generator provides",
        "'{0}' is not a parameter of this ApplicationSet's generators ({1}); {2}",
        DiagnosticCategory.ArgoCD,
        Severity.Error,
        "A template uses a parameter that none of the generators provides. In fasttemplate mode the tag is left as written, so the generated Application literally contains `{{ values.image.tag }}`; in goTemplate mode the value is `<no value>`, or generation fails with `missingkey=error`. Generators provide: list → the element keys; clusters → name, nameNormalized, server, project, metadata.labels.*, metadata.annotations.*; git directories → path, path.basename, path.basenameNormalized, path[n] (goTemplate: .path.path, .path.segments ...); every generator → values.* from its `values`. Generators whose parameters come from outside the repository (git files, plugin, SCM provider, pull request, cluster decision resource) turn the check off.")
    {
        BadExample = "generators:\n  - clusters:\n      values:\n        env: prod\ntemplate:\n  spec:\n    destination:\n      namespace: 'myapp-{{values.environment}}'\n",
        GoodExample = "template:\n  spec:\n    destination:\n      namespace: 'myapp-{{values.env}}'\n",
        Tags = ["argocd", "applicationset"],
    };

    public static readonly DiagnosticDescriptor MixedSyntax = new(
        "GOL311",
        "Template syntax does not match the template mode",
        "'{{{{{0}}}}}' is {1} syntax, but this ApplicationSet uses {2}; {3}",
        DiagnosticCategory.ArgoCD,
        Severity.Error,
        "An ApplicationSet renders its template with fasttemplate (`{{name}}`, `{{values.env}}`, `{{path[0]}}`; spaces inside the braces are trimmed) unless `goTemplate: true`, then with Go templates (`{{ .name }}`, `{{ .values.env }}`, `{{ index .path.segments 0 }}`). A Go action under fasttemplate is left in the output unreplaced; a fasttemplate name under goTemplate fails (`function \"values\" not defined`).")
    {
        BadExample = "spec:\n  goTemplate: true\n  template:\n    metadata:\n      name: 'myapp-{{values.env}}'\n",
        GoodExample = "spec:\n  goTemplate: true\n  goTemplateOptions: [\"missingkey=error\"]\n  template:\n    metadata:\n      name: 'myapp-{{ .values.env }}'\n",
        Tags = ["argocd", "applicationset"],
    };

    public static readonly DiagnosticDescriptor MissingKeyDefault = new(
        "GOL312",
        "goTemplate without missingkey=error",
        "goTemplate is on without goTemplateOptions: [\"missingkey=error\"], so a misspelt parameter renders as '<no value>' instead of failing; add the option",
        DiagnosticCategory.ArgoCD,
        Severity.Note,
        "With Go templates, a parameter that does not exist renders as `<no value>` by default: an Application named `myapp-<no value>` or a path that does not exist is generated and synced. `goTemplateOptions: [\"missingkey=error\"]` makes generation fail instead, which is what you want.")
    {
        BadExample = "spec:\n  goTemplate: true\n",
        GoodExample = "spec:\n  goTemplate: true\n  goTemplateOptions: [\"missingkey=error\"]\n",
        Tags = ["argocd", "applicationset"],
    };

    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics { get; } = [MissingName, DuplicateGeneratedName, UnknownParameter, MixedSyntax, MissingKeyDefault];

    public override void Initialize(AnalysisContext context) => context.RegisterObjectAction(objectContext =>
    {
        if (ArgoApplicationSet.From(objectContext.Object) is not { } set)
        {
            return;
        }

        var owner = set.Object;
        var goTemplate = set.IsGoTemplate;
        var missingKeyError = set.GoTemplateOptions.Any(o => o.Value.Replace(" ", string.Empty, StringComparison.Ordinal) == "missingkey=error");
        if (goTemplate && !missingKeyError)
        {
            objectContext.Report(Diagnostic.Create(MissingKeyDefault, owner.LocationOf(set.GoTemplate!.Node)));
        }

        var parameters = GeneratorParameters.For(set.Generators, goTemplate);
        CheckName(objectContext, set, parameters, goTemplate, missingKeyError);
        CheckTags(objectContext, set, parameters, goTemplate);
    }, ArgoKinds.ApplicationSet);

    private static void CheckName(ObjectAnalysisContext context, ArgoApplicationSet set, GeneratorParameters parameters, bool goTemplate, bool missingKeyError)
    {
        var owner = set.Object;
        if (set.TemplateEntry is not { } templateEntry)
        {
            return;
        }

        var nameNode = set.TemplateMetadata?.GetValue("name") as YamlScalar;
        var patchSetsName = set.TemplatePatch?.Value.Contains("name:", StringComparison.Ordinal) == true;
        var generatorsSetName = set.AllGenerators().Any(g => g.Template?.GetMapping("metadata")?.ContainsKey("name") == true);
        if (nameNode is null or { IsNull: true } && !patchSetsName && !generatorsSetName)
        {
            var example = goTemplate ? "myapp-{{ ." + ExampleParameter(parameters) + " }}" : "myapp-{{" + ExampleParameter(parameters) + "}}";
            var location = set.TemplateMetadata is not null ? KeyLocation.Of(owner, set.TemplateMetadata.Pointer) : owner.LocationOf(templateEntry.Key);
            context.Report(Diagnostic.Create(MissingName, location, owner.Name, example));
            return;
        }

        if (nameNode is null || generatorsSetName)
        {
            return;
        }

        var names = new List<string>();
        foreach (var generator in set.Generators)
        {
            foreach (var element in GeneratorElements.Enumerate(generator) ?? [])
            {
                if (ApplicationSetTemplateRenderer.TryRender(nameNode.Value, element, goTemplate, missingKeyError) is { } rendered)
                {
                    names.Add(rendered);
                }
            }
        }

        foreach (var group in names.GroupBy(n => n, StringComparer.Ordinal).Where(g => g.Count() > 1).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            context.Report(Diagnostic.Create(DuplicateGeneratedName, owner.LocationOf(nameNode), nameNode.Value, group.Key, group.Count()));
        }
    }

    private static void CheckTags(ObjectAnalysisContext context, ArgoApplicationSet set, GeneratorParameters parameters, bool goTemplate)
    {
        var owner = set.Object;
        var provided = parameters.IsOpen ? "some generators' parameters come from outside the repository" : string.Join(", ", parameters.Names.Take(12)) + (parameters.Names.Count > 12 ? ", ..." : string.Empty);
        var rootNames = parameters.RootNames;
        var scalars = set.TemplateScalars().ToList();
        if (goTemplate && set.TemplatePatch is { } patch)
        {
            scalars.Add(patch.Node);
        }

        foreach (var scalar in scalars)
        {
            var dotChanged = false;
            foreach (var tag in TemplateTag.FindAll(scalar.Value))
            {
                var location = owner.LocationOf(scalar);
                if (!goTemplate)
                {
                    if (!tag.IsPlainParameter)
                    {
                        context.Report(Diagnostic.Create(MixedSyntax, location, tag.Inner, "Go template", "fasttemplate (goTemplate is not set)",
                            "fasttemplate leaves it unreplaced: write {{" + tag.Trimmed.TrimStart('.') + "}} or set goTemplate: true"));
                    }
                    else if (!parameters.Provides(tag.Trimmed, goTemplate: false))
                    {
                        context.Report(Diagnostic.Create(UnknownParameter, location, tag.Trimmed, provided,
                            "fasttemplate leaves the tag in the generated Application as written" + Suggest(tag.Trimmed, parameters)));
                    }

                    continue;
                }

                if (GoTemplateAction.FastTemplateName(tag.Trimmed, rootNames) is { } fastName)
                {
                    context.Report(Diagnostic.Create(MixedSyntax, location, tag.Inner, "fasttemplate", "goTemplate",
                        $"Go fails with 'function \"{fastName.Split('.', '[')[0]}\" not defined': write {{{{ .{fastName} }}}}"));
                    continue;
                }

                if (!dotChanged)
                {
                    foreach (var chain in GoTemplateAction.FieldChains(tag.Trimmed).Where(c => !parameters.Provides(c, goTemplate: true)))
                    {
                        context.Report(Diagnostic.Create(UnknownParameter, location, "." + chain, provided,
                            "Go renders it as '<no value>' (or fails with missingkey=error)" + Suggest(chain, parameters)));
                    }
                }

                dotChanged |= GoTemplateAction.ChangesDot(tag.Trimmed);
            }
        }
    }

    private static string Suggest(string name, GeneratorParameters parameters) =>
        ConfigurationLoader.Suggest(name, parameters.Names) is { } suggestion ? $"; did you mean '{suggestion}'?" : "; use a parameter the generators provide, or add it to their values";

    private static string ExampleParameter(GeneratorParameters parameters) =>
        parameters.Names.FirstOrDefault(n => n is "name" or "path.basename") ?? parameters.Names.FirstOrDefault() ?? "name";
}
