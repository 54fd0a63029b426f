using GitOpsLint.Syntax;

namespace GitOpsLint.Model.ArgoCD;

/// <summary>
/// The parameter sets a generator produces, when they are written in the repository: list elements, and matrix
/// combinations of two such generators. Other generators (clusters, git, SCM ...) depend on the live environment.
/// </summary>
public static class GeneratorElements
{
    /// <summary>The parameter sets (dotted name → text), or null when they cannot be known offline.</summary>
    public static IReadOnlyList<IReadOnlyDictionary<string, string>>? Enumerate(ApplicationSetGenerator generator)
    {
        IReadOnlyList<IReadOnlyDictionary<string, string>>? sets = generator.Kind switch
        {
            "list" when generator.Body?.ContainsKey("elementsYaml") != true => ListElements(generator),
            "matrix" when generator.Children.Count == 2 => Combine(Enumerate(generator.Children[0]), Enumerate(generator.Children[1])),
            _ => null,
        };
        if (sets is null || generator.Values is not { } values)
        {
            return sets;
        }

        return sets.Select(set =>
        {
            var copy = new Dictionary<string, string>(set, StringComparer.Ordinal);
            foreach (var entry in values.Entries)
            {
                copy["values." + entry.KeyText] = entry.Value is YamlScalar scalar ? scalar.Value : string.Empty;
            }

            return (IReadOnlyDictionary<string, string>)copy;
        }).ToArray();
    }

    private static IReadOnlyList<IReadOnlyDictionary<string, string>>? ListElements(ApplicationSetGenerator generator)
    {
        var result = new List<IReadOnlyDictionary<string, string>>();
        foreach (var element in generator.Body?.GetSequence("elements")?.Items ?? [])
        {
            if (element is not YamlMapping mapping)
            {
                return null;
            }

            var set = new Dictionary<string, string>(StringComparer.Ordinal);
            Flatten(mapping, string.Empty, set);
            result.Add(set);
        }

        return result;
    }

    private static void Flatten(YamlMapping mapping, string prefix, Dictionary<string, string> set)
    {
        foreach (var entry in mapping.Entries)
        {
            switch (entry.Value)
            {
                case YamlMapping nested:
                    Flatten(nested, prefix + entry.KeyText + ".", set);
                    break;
                case YamlScalar scalar:
                    set[prefix + entry.KeyText] = scalar.Value;
                    break;
            }
        }
    }

    private static IReadOnlyList<IReadOnlyDictionary<string, string>>? Combine(
        IReadOnlyList<IReadOnlyDictionary<string, string>>? first, IReadOnlyList<IReadOnlyDictionary<string, string>>? second)
    {
        if (first is null || second is null)
        {
            return null;
        }

        var result = new List<IReadOnlyDictionary<string, string>>();
        foreach (var a in first)
        {
            foreach (var b in second)
            {
                var combined = new Dictionary<string, string>(a, StringComparer.Ordinal);
                foreach (var (key, value) in b)
                {
                    combined[key] = value;
                }

                result.Add(combined);
            }
        }

        return result;
    }
}
