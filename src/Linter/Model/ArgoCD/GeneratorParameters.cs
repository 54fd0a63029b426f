using GitOpsLint.Syntax;

namespace GitOpsLint.Model.ArgoCD;

/// <summary>
/// The parameters an ApplicationSet's generators provide to its template, as dotted names (<c>values.env</c>,
/// <c>path.basename</c>): exact names, open prefixes (<c>metadata.labels.</c>: any label), indexed names
/// (<c>path[0]</c>), or "open" when a generator's parameters cannot be known offline (git files, plugins, SCM
/// providers, pull requests, cluster decision resources, <c>elementsYaml</c>).
/// </summary>
public sealed class GeneratorParameters
{
    private readonly HashSet<string> names = new(StringComparer.Ordinal);
    private readonly HashSet<string> openPrefixes = new(StringComparer.Ordinal);
    private readonly HashSet<string> indexedNames = new(StringComparer.Ordinal);

    private GeneratorParameters()
    {
    }

    /// <summary>Whether some generator provides parameters that cannot be listed offline (then nothing is reported missing).</summary>
    public bool IsOpen { get; private set; }

    /// <summary>The exact parameter names known, sorted (for suggestions).</summary>
    public IReadOnlyList<string> Names => names.Concat(indexedNames.Select(n => n + "[0]")).Order(StringComparer.Ordinal).ToArray();

    /// <summary>Top-level names (<c>name</c>, <c>server</c>, <c>values</c>, <c>path</c>) for telling a bare parameter from a Go function.</summary>
    public IReadOnlySet<string> RootNames => names.Concat(openPrefixes).Concat(indexedNames).Select(n => n.Split('.', '[')[0]).ToHashSet(StringComparer.Ordinal);

    public static GeneratorParameters For(IEnumerable<ApplicationSetGenerator> generators, bool goTemplate)
    {
        var result = new GeneratorParameters();
        foreach (var generator in generators)
        {
            result.Add(generator, goTemplate);
        }

        return result;
    }

    /// <summary>
    /// Whether <paramref name="name"/> (a fasttemplate tag, or a Go field chain without its leading dot) is provided.
    /// In Go mode a chain may also stop at an object (<c>.values</c>, <c>.metadata.labels</c>).
    /// </summary>
    public bool Provides(string name, bool goTemplate)
    {
        if (IsOpen || names.Contains(name))
        {
            return true;
        }

        if (openPrefixes.Any(p => name.StartsWith(p, StringComparison.Ordinal) && name.Length > p.Length || goTemplate && p == name + "."))
        {
            return true;
        }

        if (!goTemplate && name.EndsWith(']') && name.IndexOf('[') is var bracket and > 0 && indexedNames.Contains(name[..bracket]))
        {
            return true;
        }

        return goTemplate && (names.Any(n => n.StartsWith(name + ".", StringComparison.Ordinal)) || openPrefixes.Any(p => p.StartsWith(name + ".", StringComparison.Ordinal)));
    }

    private void Add(ApplicationSetGenerator generator, bool goTemplate)
    {
        AddValues(generator.Values);
        switch (generator.Kind)
        {
            case "list":
                AddList(generator);
                break;
            case "clusters":
                names.UnionWith(["name", "nameNormalized", "server", "project"]);
                openPrefixes.UnionWith(["metadata.labels.", "metadata.annotations."]);
                break;
            case "git" when generator.IsGitDirectories:
                AddGitPath(generator, goTemplate);
                break;
            case "matrix" or "merge":
                foreach (var child in generator.Children)
                {
                    Add(child, goTemplate);
                }

                break;
            default:
                // git files (the files' own keys), plugin, scmProvider, pullRequest, clusterDecisionResource and any
                // generator this version does not know: parameters come from outside the repository.
                IsOpen = true;
                break;
        }
    }

    private void AddValues(YamlMapping? values)
    {
        foreach (var entry in values?.Entries ?? [])
        {
            names.Add("values." + entry.KeyText);
        }
    }

    private void AddList(ApplicationSetGenerator generator)
    {
        if (generator.Body?.ContainsKey("elementsYaml") == true)
        {
            IsOpen = true;
        }

        foreach (var element in generator.Body?.GetSequence("elements")?.Items ?? [])
        {
            if (element is YamlMapping mapping)
            {
                AddFlattened(mapping, string.Empty);
            }
            else
            {
                // An element that is not a mapping (a template, an alias to one) cannot be listed.
                IsOpen = true;
            }
        }
    }

    private void AddFlattened(YamlMapping mapping, string prefix)
    {
        foreach (var entry in mapping.Entries)
        {
            var name = prefix + entry.KeyText;
            if (entry.Value is YamlMapping { Entries.Count: > 0 } nested)
            {
                AddFlattened(nested, name + ".");
            }
            else
            {
                names.Add(name);
            }
        }
    }

    private void AddGitPath(ApplicationSetGenerator generator, bool goTemplate)
    {
        var prefix = generator.Body?.GetString("pathParamPrefix") is { Length: > 0 } p ? p + "." : string.Empty;
        if (goTemplate)
        {
            names.UnionWith([prefix + "path.path", prefix + "path.basename", prefix + "path.basenameNormalized", prefix + "path.segments"]);
        }
        else
        {
            names.UnionWith([prefix + "path", prefix + "path.basename", prefix + "path.basenameNormalized"]);
            indexedNames.Add(prefix + "path");
        }
    }
}
