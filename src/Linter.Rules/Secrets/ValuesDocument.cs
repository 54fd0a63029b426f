using GitOpsLint.Analysis;
using GitOpsLint.Diagnostics;
using GitOpsLint.Model;
using GitOpsLint.Model.Flux;
using GitOpsLint.Syntax;

namespace GitOpsLint.Rules.Secrets;

/// <summary>
/// A tree of Helm values as written somewhere in the repository (a values file, a HelmRelease's <c>values</c>, an
/// Argo CD Application's <c>helm.values</c>/<c>valuesObject</c>), with the way to locate its nodes in the source.
/// </summary>
internal sealed record ValuesDocument(YamlMapping Root, string Description, Func<YamlNode, Location> Locate)
{
    private const string ArgoGroup = "argoproj.io";

    public static IEnumerable<ValuesDocument> FromValuesFile(SourceFile file)
    {
        foreach (var document in file.Yaml?.Documents ?? [])
        {
            if (document.Root is YamlMapping root)
            {
                yield return new ValuesDocument(root, file.Path, node => Location.Of(document.File, node));
            }
        }
    }

    /// <summary>The values a HelmRelease or an Argo CD Application (every source) writes inline.</summary>
    public static IEnumerable<ValuesDocument> FromObject(KubeObject kubeObject)
    {
        if (FluxHelmRelease.From(kubeObject)?.Values is { } values)
        {
            yield return new ValuesDocument(values, $"HelmRelease {kubeObject.Name} values", kubeObject.LocationOf);
        }

        foreach (var helm in ArgoHelmSources(kubeObject))
        {
            if (helm.GetMapping("valuesObject") is { } valuesObject)
            {
                yield return new ValuesDocument(valuesObject, $"Application {kubeObject.Name} helm.valuesObject", kubeObject.LocationOf);
            }

            switch (helm.GetValue("values"))
            {
                case YamlMapping mapping:
                    yield return new ValuesDocument(mapping, $"Application {kubeObject.Name} helm.values", kubeObject.LocationOf);
                    break;
                case YamlScalar { IsNull: false } text when EmbeddedYaml.Parse(kubeObject, text) is { } embedded:
                    yield return new ValuesDocument(embedded.Root, $"Application {kubeObject.Name} helm.values", embedded.Locate);
                    break;
            }
        }
    }

    /// <summary>The <c>helm</c> mappings of an Application's <c>source</c> and <c>sources</c>.</summary>
    public static IEnumerable<YamlMapping> ArgoHelmSources(KubeObject kubeObject)
    {
        if (kubeObject.Group != ArgoGroup || kubeObject.Kind != "Application" || kubeObject.Spec is not { } spec)
        {
            return [];
        }

        return (spec.GetSequence("sources")?.Items ?? []).Append(spec.GetMapping("source"))
            .OfType<YamlMapping>().Select(s => s.GetMapping("helm")).OfType<YamlMapping>();
    }

    /// <summary>Every mapping entry of the tree with its dotted key path, depth first.</summary>
    public IEnumerable<(string Path, YamlMappingEntry Entry, YamlMapping Parent)> Entries()
    {
        var stack = new Stack<(YamlNode Node, string Path)>();
        stack.Push((Root, string.Empty));
        while (stack.Count > 0)
        {
            var (node, path) = stack.Pop();
            switch (node)
            {
                case YamlMapping mapping:
                    for (var i = mapping.Entries.Count - 1; i >= 0; i--)
                    {
                        stack.Push((mapping.Entries[i].Value, Join(path, mapping.Entries[i].KeyText)));
                    }

                    foreach (var entry in mapping.Entries)
                    {
                        yield return (Join(path, entry.KeyText), entry, mapping);
                    }

                    break;
                case YamlSequence sequence:
                    for (var i = sequence.Items.Count - 1; i >= 0; i--)
                    {
                        stack.Push((sequence.Items[i], path + "[" + i.ToString(System.Globalization.CultureInfo.InvariantCulture) + "]"));
                    }

                    break;
            }
        }
    }

    private static string Join(string path, string key) => path.Length == 0 ? key : path + "." + key;
}
