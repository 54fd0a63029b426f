using GitOpsLint.Rendering.Kustomize.Nodes;
using GitOpsLint.Rendering.Units;

namespace GitOpsLint.Rendering.ArgoCD;

/// <summary>
/// Runs one generator (a mapping with one generator key: list, clusters, git, matrix, merge) to parameter sets, then
/// applies its <c>selector</c> (a label selector over the flattened parameters). Generators that need a network
/// (SCM providers, pull requests, plugins, cluster decision resources) produce nothing and leave one note.
/// </summary>
internal static class GeneratorEvaluator
{
    private static readonly string[] OfflineImpossible = ["scmProvider", "pullRequest", "clusterDecisionResource", "plugin"];

    public static List<ParameterSet> Evaluate(KMapping generator, GeneratorContext context, int depth)
    {
        List<ParameterSet> result;
        if (generator.GetMapping("list") is { } list)
        {
            result = ListGenerator.Evaluate(list, context);
        }
        else if (generator.GetMapping("clusters") is { } clusters)
        {
            result = ClusterGenerator.Evaluate(clusters, context);
        }
        else if (generator.GetMapping("git") is { } git)
        {
            result = GitGenerator.Evaluate(git, context);
        }
        else if (generator.GetMapping("matrix") is { } matrix)
        {
            CheckDepth(depth, matrix, context);
            result = MatrixGenerator.Evaluate(matrix, context, depth + 1);
        }
        else if (generator.GetMapping("merge") is { } merge)
        {
            CheckDepth(depth, merge, context);
            result = MergeGenerator.Evaluate(merge, context, depth + 1);
        }
        else
        {
            var name = generator.Entries.Select(e => e.Key).FirstOrDefault(k => k != "selector") ?? "(none)";
            var offline = OfflineImpossible.Contains(name);
            context.Notes.Add(new GeneratorException(
                offline ? UnitProblemCode.NotRenderableOffline : UnitProblemCode.Invalid,
                offline ? $"the '{name}' generator of ApplicationSet '{context.ApplicationSet.Name}' queries a service at run time; its Applications are not rendered offline"
                        : $"'{name}' is not an ApplicationSet generator",
                generator.Entries.FirstOrDefault()?.KeyOrigin ?? generator.Origin,
                offline ? null : "use list, clusters, git, matrix, merge, scmProvider, pullRequest, clusterDecisionResource or plugin",
                offline ? UnitProblemSeverity.Note : UnitProblemSeverity.Error));
            return [];
        }

        var selector = LabelSelector.From(generator.GetMapping("selector"));
        return selector.IsEmpty ? result : result.Where(p => selector.Matches(Flat(p.Values))).ToList();
    }

    /// <summary>The parameters as the string map selectors and merge keys read.</summary>
    public static Dictionary<string, string> Flat(Dictionary<string, object?> values)
    {
        var flat = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var (key, value) in values)
        {
            ParameterValues.Flatten(key, value, flat);
        }

        return flat.ToDictionary(p => p.Key, p => p.Value as string ?? string.Empty, StringComparer.Ordinal);
    }

    /// <summary>The generator's own <c>template</c>, if any.</summary>
    public static KMapping? TemplateOf(KMapping generatorBody) => generatorBody.GetMapping("template");

    private static void CheckDepth(int depth, KMapping node, GeneratorContext context)
    {
        if (depth >= context.Discovery.Options.MaxGeneratorDepth)
        {
            throw new GeneratorException(
                UnitProblemCode.Limit,
                $"matrix and merge generators of ApplicationSet '{context.ApplicationSet.Name}' are nested more than {context.Discovery.Options.MaxGeneratorDepth} levels deep",
                node.Origin,
                "Argo CD supports one level of nesting inside a matrix or merge generator");
        }
    }
}
