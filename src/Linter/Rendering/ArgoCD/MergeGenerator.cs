using GitOpsLint.Rendering.Kustomize.Nodes;
using GitOpsLint.Rendering.Units;

namespace GitOpsLint.Rendering.ArgoCD;

/// <summary>
/// The merge generator: the first child's parameter sets are the base; each later child overrides the base sets whose
/// <c>mergeKeys</c> values are equal to its own. A set of a later child that matches no base set is dropped.
/// </summary>
internal static class MergeGenerator
{
    public static List<ParameterSet> Evaluate(KMapping merge, GeneratorContext context, int depth)
    {
        var children = merge.GetSequence("generators")?.Items.OfType<KMapping>().ToArray() ?? [];
        var keys = merge.GetSequence("mergeKeys")?.Items.OfType<KScalar>().Select(s => s.Value).ToArray() ?? [];
        if (children.Length < 2)
        {
            throw new GeneratorException(UnitProblemCode.Invalid, "the merge generator needs at least two child generators", merge.Origin);
        }

        if (keys.Length == 0)
        {
            throw new GeneratorException(UnitProblemCode.Invalid, "the merge generator has no mergeKeys", merge.Origin, "list the parameters that identify a set, e.g. mergeKeys: [server]");
        }

        var template = GeneratorEvaluator.TemplateOf(merge);
        var baseSets = GeneratorEvaluator.Evaluate(children[0], context, depth)
            .Select(p => new ParameterSet((Dictionary<string, object?>)ParameterValues.Clone(p.Values)!, template ?? p.Template)).ToList();
        var byKey = baseSets.GroupBy(p => KeyOf(p.Values, keys, merge)).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        foreach (var child in children.Skip(1))
        {
            foreach (var overriding in GeneratorEvaluator.Evaluate(child, context, depth))
            {
                if (!byKey.TryGetValue(KeyOf(overriding.Values, keys, merge), out var matches))
                {
                    continue;
                }

                foreach (var match in matches)
                {
                    if (context.IsGoTemplate)
                    {
                        ParameterValues.DeepMerge(match.Values, overriding.Values);
                    }
                    else
                    {
                        foreach (var (key, value) in overriding.Values)
                        {
                            match.Values[key] = value;
                        }
                    }
                }
            }
        }

        return baseSets;
    }

    private static string KeyOf(Dictionary<string, object?> values, string[] keys, KMapping merge)
    {
        var flat = GeneratorEvaluator.Flat(values);
        var parts = new List<string>();
        foreach (var key in keys)
        {
            if (!flat.TryGetValue(key, out var value))
            {
                throw new GeneratorException(UnitProblemCode.RenderFailed, $"merge key '{key}' is missing from a parameter set of a merge generator", merge.Origin, "every child generator must produce all merge keys");
            }

            parts.Add(key + "=" + value);
        }

        return string.Join('\u0001', parts);
    }
}
