using GitOpsLint.Rendering.Kustomize.Nodes;

namespace GitOpsLint.Rendering.ArgoCD;

/// <summary>A Kubernetes label selector (<c>matchLabels</c>, <c>matchExpressions</c> with In, NotIn, Exists, DoesNotExist) over a flat string map.</summary>
internal sealed class LabelSelector
{
    private readonly List<(string Key, string Operator, IReadOnlyList<string> Values)> requirements = [];

    private LabelSelector(KMapping? node)
    {
        foreach (var entry in node?.GetMapping("matchLabels")?.Entries ?? [])
        {
            requirements.Add((entry.Key, "In", [entry.Value is KScalar s ? s.Value : string.Empty]));
        }

        foreach (var expression in node?.GetSequence("matchExpressions")?.Items.OfType<KMapping>() ?? [])
        {
            var values = expression.GetSequence("values")?.Items.OfType<KScalar>().Select(s => s.Value).ToArray() ?? [];
            requirements.Add((expression.GetString("key") ?? string.Empty, expression.GetString("operator") ?? string.Empty, values));
        }
    }

    public bool IsEmpty => requirements.Count == 0;

    public static LabelSelector From(KMapping? node) => new(node);

    public bool Matches(IReadOnlyDictionary<string, string> labels)
    {
        foreach (var (key, op, values) in requirements)
        {
            var present = labels.TryGetValue(key, out var value);
            var matches = op switch
            {
                "In" => present && values.Contains(value),
                "NotIn" => !present || !values.Contains(value),
                "Exists" => present,
                "DoesNotExist" => !present,
                _ => false,
            };
            if (!matches)
            {
                return false;
            }
        }

        return true;
    }
}
