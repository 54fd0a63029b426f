using GitOpsLint.Rendering.Kustomize.Nodes;
using GitOpsLint.Rendering.Units;

namespace GitOpsLint.Rendering.ArgoCD;

/// <summary>
/// The matrix generator: the product of exactly two child generators; the second is rendered with each parameter set
/// of the first before it runs (so it may use them, e.g. <c>{{path.basename}}</c> in a files pattern). Parameters of the
/// two are combined; in fasttemplate mode a key both define with different values is an error, as in Argo CD.
/// </summary>
internal static class MatrixGenerator
{
    public static List<ParameterSet> Evaluate(KMapping matrix, GeneratorContext context, int depth)
    {
        var children = matrix.GetSequence("generators")?.Items.OfType<KMapping>().ToArray() ?? [];
        if (children.Length != 2)
        {
            throw new GeneratorException(UnitProblemCode.Invalid, $"matrix generator must have exactly 2 child generators, found {children.Length}", matrix.Origin, "nest a second matrix to combine more generators");
        }

        var template = GeneratorEvaluator.TemplateOf(matrix);
        var result = new List<ParameterSet>();
        foreach (var first in GeneratorEvaluator.Evaluate(children[0], context, depth))
        {
            var second = (KMapping)context.Templater.RenderTree(children[1], first.Values);
            foreach (var other in GeneratorEvaluator.Evaluate(second, context, depth))
            {
                result.Add(new ParameterSet(Combine(first.Values, other.Values, context, matrix.Origin), template ?? other.Template ?? first.Template));
                context.CheckCount(result.Count, matrix.Origin);
            }
        }

        return result;
    }

    private static Dictionary<string, object?> Combine(Dictionary<string, object?> a, Dictionary<string, object?> b, GeneratorContext context, NodeOrigin? where)
    {
        var combined = (Dictionary<string, object?>)ParameterValues.Clone(a)!;
        if (context.IsGoTemplate)
        {
            ParameterValues.DeepMerge(combined, b);
            return combined;
        }

        foreach (var (key, value) in b)
        {
            if (combined.TryGetValue(key, out var existing) && !Equals(existing, value))
            {
                throw new GeneratorException(UnitProblemCode.RenderFailed, $"found duplicate key {key} with different value, a: {existing} ,b: {value}", where, "rename the parameter in one of the two generators, or use pathParamPrefix");
            }

            combined[key] = value;
        }

        return combined;
    }
}
