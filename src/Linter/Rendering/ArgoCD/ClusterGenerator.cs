using GitOpsLint.Rendering.Kustomize.Nodes;

namespace GitOpsLint.Rendering.ArgoCD;

/// <summary>
/// The clusters generator: one parameter set per cluster of the inventory that the selector accepts (the local
/// cluster only when there is no selector), with <c>name</c>, <c>nameNormalized</c>, <c>server</c>, <c>project</c>,
/// <c>metadata.labels</c>, <c>metadata.annotations</c> and the generator's <c>values</c> (themselves templated).
/// </summary>
internal static class ClusterGenerator
{
    public static List<ParameterSet> Evaluate(KMapping clusters, GeneratorContext context)
    {
        var selector = LabelSelector.From(clusters.GetMapping("selector"));
        var template = GeneratorEvaluator.TemplateOf(clusters);
        var result = new List<ParameterSet>();
        foreach (var cluster in context.Clusters.Clusters)
        {
            var isLocalDefault = cluster.Server == ArgoKinds.InClusterServer && cluster.Labels.Count == 0;
            if (selector.IsEmpty ? false : isLocalDefault || !selector.Matches(cluster.Labels))
            {
                continue;
            }

            var nested = new Dictionary<string, object?>(StringComparer.Ordinal)
            {
                ["name"] = cluster.Name,
                ["nameNormalized"] = NameSanitizer.Normalize(cluster.Name),
                ["server"] = cluster.Server,
                ["project"] = cluster.Project,
                ["metadata"] = new Dictionary<string, object?>(StringComparer.Ordinal)
                {
                    ["labels"] = cluster.Labels.ToDictionary(p => p.Key, p => (object?)p.Value, StringComparer.Ordinal),
                    ["annotations"] = cluster.Annotations.ToDictionary(p => p.Key, p => (object?)p.Value, StringComparer.Ordinal),
                },
            };
            var parameters = context.IsGoTemplate ? nested : GeneratorEvaluator.Flat(nested).ToDictionary(p => p.Key, p => (object?)p.Value, StringComparer.Ordinal);
            AddValues(clusters.GetMapping("values"), parameters, context);
            result.Add(new ParameterSet(parameters, template));
        }

        return result;
    }

    /// <summary>Adds the generator's <c>values</c>, each rendered with the parameters found so far (Argo CD lets values use <c>{{name}}</c>).</summary>
    internal static void AddValues(KMapping? values, Dictionary<string, object?> parameters, GeneratorContext context)
    {
        if (values is null)
        {
            return;
        }

        var rendered = (KMapping)context.Templater.RenderTree(values, parameters);
        var map = (Dictionary<string, object?>)ParameterValues.FromKNode(rendered)!;
        if (context.IsGoTemplate)
        {
            parameters["values"] = map;
            return;
        }

        ParameterValues.Flatten("values", map, parameters);
    }
}
