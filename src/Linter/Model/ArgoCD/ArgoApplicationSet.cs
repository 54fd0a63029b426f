using GitOpsLint.Model.References;
using GitOpsLint.Syntax;

namespace GitOpsLint.Model.ArgoCD;

/// <summary>A typed view of an Argo CD <c>ApplicationSet</c>: generators, template, and template mode.</summary>
public sealed class ArgoApplicationSet
{
    private ArgoApplicationSet(KubeObject kubeObject)
    {
        Object = kubeObject;
        var spec = kubeObject.Spec;
        GoTemplate = LocatedString.From(spec, "goTemplate");
        GoTemplateOptions = LocatedString.ListFrom(spec, "goTemplateOptions");
        Generators = (spec?.GetSequence("generators")?.Items ?? []).OfType<YamlMapping>().Select(g => new ApplicationSetGenerator(g)).ToArray();
        TemplateEntry = spec?.GetEntry("template");
        Template = TemplateEntry?.Value as YamlMapping;
        TemplateSpec = Template?.GetMapping("spec") is { } templateSpec ? new ApplicationSpec(templateSpec) : null;
        TemplatePatch = LocatedString.From(spec, "templatePatch");
    }

    public static ArgoApplicationSet? From(KubeObject kubeObject) =>
        ArgoKinds.Is(kubeObject, ArgoKinds.ApplicationSet) ? new ArgoApplicationSet(kubeObject) : null;

    public KubeObject Object { get; }

    public LocatedString? GoTemplate { get; }

    /// <summary>Whether templates are Go templates (<c>goTemplate: true</c>) rather than fasttemplate <c>{{param}}</c>.</summary>
    public bool IsGoTemplate => GoTemplate?.AsBool == true;

    public IReadOnlyList<LocatedString> GoTemplateOptions { get; }

    public IReadOnlyList<ApplicationSetGenerator> Generators { get; }

    public YamlMappingEntry? TemplateEntry { get; }

    public YamlMapping? Template { get; }

    public YamlMapping? TemplateMetadata => Template?.GetMapping("metadata");

    public ApplicationSpec? TemplateSpec { get; }

    /// <summary><c>templatePatch</c>: a Go template string patched over the template.</summary>
    public LocatedString? TemplatePatch { get; }

    /// <summary>Every scalar (keys and values) of the template, with generator-level template overrides, where parameters may be used.</summary>
    public IEnumerable<YamlScalar> TemplateScalars()
    {
        var roots = new List<YamlNode>();
        if (Template is not null)
        {
            roots.Add(Template);
        }

        roots.AddRange(AllGenerators().Select(g => g.Template).OfType<YamlMapping>());
        return roots.SelectMany(r => r.DescendantsAndSelf()).OfType<YamlScalar>();
    }

    /// <summary>Every generator, nested ones included, depth first.</summary>
    public IEnumerable<ApplicationSetGenerator> AllGenerators()
    {
        var stack = new Stack<ApplicationSetGenerator>(Generators.Reverse());
        while (stack.Count > 0)
        {
            var generator = stack.Pop();
            yield return generator;
            foreach (var child in generator.Children.Reverse())
            {
                stack.Push(child);
            }
        }
    }
}
