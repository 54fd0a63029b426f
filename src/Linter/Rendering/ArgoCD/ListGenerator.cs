using GitOpsLint.Rendering.Kustomize.Nodes;
using GitOpsLint.Rendering.Units;
using GitOpsLint.Syntax;

namespace GitOpsLint.Rendering.ArgoCD;

/// <summary>The list generator: one parameter set per element of <c>elements</c> (or of the YAML list in <c>elementsYaml</c>).</summary>
internal static class ListGenerator
{
    public static List<ParameterSet> Evaluate(KMapping list, GeneratorContext context)
    {
        var template = GeneratorEvaluator.TemplateOf(list);
        var elements = new List<object?>();
        var items = list.GetSequence("elements")?.Items ?? [];
        context.CheckCount(items.Count, list.Origin);
        elements.AddRange(items.Select(ParameterValues.FromKNode));
        if (list.GetString("elementsYaml") is { Length: > 0 } yaml)
        {
            var parsed = YamlParser.Parse("elementsYaml", yaml);
            if (parsed.Issues.Count > 0 || parsed.Documents.FirstOrDefault()?.Root is not YamlSequence sequence)
            {
                throw new GeneratorException(UnitProblemCode.RenderFailed, "error unmarshling decoded ElementsYaml: the text is not a YAML list", list.Get("elementsYaml")?.Origin, "elementsYaml must render to a YAML list of mappings");
            }

            context.CheckCount(elements.Count + sequence.Items.Count, list.Origin);
            elements.AddRange(sequence.Items.Select(ParameterValues.FromYaml));
        }

        var result = new List<ParameterSet>(elements.Count);
        foreach (var element in elements)
        {
            if (element is not Dictionary<string, object?> map)
            {
                throw new GeneratorException(UnitProblemCode.Invalid, "error unmarshling list element: every element of a list generator must be a mapping", list.Origin);
            }

            result.Add(new ParameterSet(context.IsGoTemplate ? map : Flatten(map), template));
        }

        return result;
    }

    /// <summary>fasttemplate parameters: each key as is, <c>values</c> as <c>values.KEY</c>, nested values dotted.</summary>
    private static Dictionary<string, object?> Flatten(Dictionary<string, object?> element)
    {
        var flat = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var (key, value) in element)
        {
            ParameterValues.Flatten(key, value, flat);
        }

        return flat;
    }
}
