using GitOpsLint.Analysis;
using GitOpsLint.Diagnostics;
using GitOpsLint.Model.Helm;
using GitOpsLint.Model.ArgoCD;
using GitOpsLint.Model.References;
using GitOpsLint.Syntax;

namespace GitOpsLint.Rules.References;

/// <summary>
/// Values that Application sources set but the chart in this repository does not have: Helm <c>parameters</c>,
/// <c>valuesObject</c> keys, and keys of the value files an Application feeds to the chart. Helm accepts any key, so
/// a typo is silently ignored and the default stays.
/// </summary>
public sealed class HelmValueKeysAnalyzer : Analyzer
{
    public static readonly DiagnosticDescriptor UnknownParameter = new(
        "GOL208",
        "Helm parameter sets a value the chart does not have",
        "'{0}' is not a value of chart {1} ('{2}' is not in {3}); Helm ignores it and the chart keeps its default: {4}",
        DiagnosticCategory.References,
        Severity.Warning,
        "A `helm.parameters` name (or a `valuesObject` key) of an Application whose chart is in this repository names a value the chart's values.yaml does not declare and no template reads. Helm accepts unknown values silently, so a misspelt name (`image.tga`) changes nothing and the default is deployed. Values below a free-form default (`podAnnotations: {}`), `global`, and subchart values are accepted.")
    {
        BadExample = "helm:\n  parameters:\n    - name: image.tga\n      value: v1.2.3\n",
        GoodExample = "helm:\n  parameters:\n    - name: image.tag\n      value: v1.2.3\n",
        Tags = ["helm", "references"],
    };

    public static readonly DiagnosticDescriptor UnknownValueFileKey = new(
        "GOL209",
        "Value file sets a value the chart does not have",
        "'{0}' is not a value of chart {1} ('{2}' is not in {3}), which this file is given to; Helm ignores it: {4}",
        DiagnosticCategory.References,
        Severity.Warning,
        "A values file that Applications pass to a chart of this repository (an environment file such as environments/prod/values.yaml) sets a key the chart's values.yaml does not declare and no template reads. Helm ignores unknown keys silently, so a typo (`replicacount`) or a key moved in the chart leaves the environment on the chart's default. A file given to several charts is reported only for keys none of them has.")
    {
        BadExample = "# environments/prod/values.yaml\nreplicacount: 3\n",
        GoodExample = "# environments/prod/values.yaml\nreplicaCount: 3\n",
        Tags = ["helm", "references"],
    };

    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics { get; } = [UnknownParameter, UnknownValueFileKey];

    public override void Initialize(AnalysisContext context) => context.RegisterRepositoryAction(repositoryContext =>
    {
        var repository = repositoryContext.Repository;
        var index = ReferenceIndex.Build(repository);
        var chartsByValueFile = new SortedDictionary<string, List<HelmChart>>(StringComparer.Ordinal);
        foreach (var unit in index.Units)
        {
            if (unit is not { Chart: { } chart, Source.Helm: { } helm })
            {
                continue;
            }

            foreach (var parameter in helm.Parameters)
            {
                if (parameter.Name is { } name && !TemplateTag.IsTemplated(name.Value) && SplitParameterName(name.Value) is { Count: > 0 } segments
                    && chart.Lookup(segments) is { IsKnown: false } lookup)
                {
                    repositoryContext.Report(Diagnostic.Create(UnknownParameter, unit.Owner.LocationOf(name.Node),
                        name.Value, chart.Directory, segments[lookup.UnknownIndex], Describe(chart, segments, lookup.UnknownIndex), Advice(segments, lookup)));
                }
            }

            if (helm.ValuesObject is { } valuesObject)
            {
                foreach (var (key, segments, lookup) in UnknownKeys(valuesObject, [chart]))
                {
                    repositoryContext.Report(Diagnostic.Create(UnknownParameter, unit.Owner.LocationOf(key),
                        string.Join('.', segments), chart.Directory, segments[lookup.UnknownIndex], Describe(chart, segments, lookup.UnknownIndex), Advice(segments, lookup)));
                }
            }

            foreach (var file in unit.ValueFiles.Where(v => v.Status == ReferenceStatus.Found).SelectMany(v => v.Matches).Where(f => f != chart.ValuesPath))
            {
                if (!chartsByValueFile.TryGetValue(file, out var charts))
                {
                    chartsByValueFile[file] = charts = [];
                }

                if (!charts.Contains(chart))
                {
                    charts.Add(chart);
                }
            }
        }

        foreach (var (file, charts) in chartsByValueFile)
        {
            if (repository.GetFile(file)?.Yaml is not { } yaml)
            {
                continue;
            }

            foreach (var root in yaml.Documents.Select(d => d.Root).OfType<YamlMapping>())
            {
                foreach (var (key, segments, lookup) in UnknownKeys(root, charts))
                {
                    var chart = charts[0];
                    var names = string.Join(", ", charts.Select(c => c.Directory));
                    repositoryContext.Report(Diagnostic.Create(UnknownValueFileKey, new Location(file, key.Span, key.Pointer),
                        string.Join('.', segments), names, segments[lookup.UnknownIndex], Describe(chart, segments, lookup.UnknownIndex), Advice(segments, lookup)));
                }
            }
        }
    });

    /// <summary>Keys of <paramref name="root"/> unknown to every chart (the first unknown key of each branch; its children are not reported again).</summary>
    private static IEnumerable<(YamlNode Key, IReadOnlyList<string> Segments, ValueKeyLookup Lookup)> UnknownKeys(YamlMapping root, IReadOnlyList<HelmChart> charts)
    {
        var pending = new Stack<(YamlMapping Mapping, string[] Prefix)>();
        pending.Push((root, []));
        var results = new List<(YamlNode, IReadOnlyList<string>, ValueKeyLookup)>();
        while (pending.Count > 0)
        {
            var (mapping, prefix) = pending.Pop();
            foreach (var entry in mapping.Entries)
            {
                if (entry.Key is not YamlScalar key || key.IsAliasCopy)
                {
                    continue;
                }

                var segments = prefix.Append(key.Value).ToArray();
                var lookups = charts.Select(c => c.Lookup(segments)).ToArray();
                if (lookups.All(l => !l.IsKnown))
                {
                    results.Add((key, segments, lookups[0]));
                }
                else if (entry.Value is YamlMapping nested)
                {
                    pending.Push((nested, segments));
                }
            }
        }

        return results.OrderBy(r => r.Item1.Span.Start);
    }

    /// <summary>The path segments of a <c>--set</c> name: unescaped dots separate keys; a list index ends the checked part.</summary>
    internal static IReadOnlyList<string> SplitParameterName(string name)
    {
        var segments = new List<string>();
        var current = new System.Text.StringBuilder();
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            if (c == '\\' && i + 1 < name.Length)
            {
                current.Append(name[++i]);
            }
            else if (c == '.')
            {
                segments.Add(current.ToString());
                current.Clear();
            }
            else if (c == '[')
            {
                segments.Add(current.ToString());
                return segments;
            }
            else
            {
                current.Append(c);
            }
        }

        segments.Add(current.ToString());
        return segments.Any(s => s.Length == 0) ? [] : segments;
    }

    private static string Describe(HelmChart chart, IReadOnlyList<string> segments, int unknownIndex) =>
        (chart.ValuesPath ?? chart.Directory + "/values.yaml") + (unknownIndex == 0 ? string.Empty : " under '" + string.Join('.', segments.Take(unknownIndex)) + "'");

    private static string Advice(IReadOnlyList<string> segments, ValueKeyLookup lookup) =>
        lookup.Suggestion is { } suggestion
            ? $"did you mean '{string.Join('.', segments.Take(lookup.UnknownIndex).Append(suggestion))}'?"
            : "check the name against the chart's values.yaml, or declare the value there";
}
