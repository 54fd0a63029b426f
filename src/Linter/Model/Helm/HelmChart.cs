using System.Text;
using System.Text.RegularExpressions;
using GitOpsLint.Configuration;
using GitOpsLint.Model.References;
using GitOpsLint.Syntax;
using GitOpsLint.Workspace;

namespace GitOpsLint.Model.Helm;

/// <summary>
/// A Helm chart folder of the repository: Chart.yaml (name, type, dependencies), its default values.yaml, and
/// the value paths its templates read (<c>.Values.a.b</c>), which together say which values the chart knows.
/// </summary>
public sealed partial class HelmChart
{
    private readonly Lazy<HashSet<string>> templateValuePaths;

    private HelmChart(Repository repository, string directory, YamlMapping? metadata, Func<string, HelmChart?> findChart)
    {
        Directory = directory;
        Metadata = metadata;
        Name = LocatedString.From(metadata, "name");
        Type = metadata?.GetString("type") ?? "application";
        Dependencies = (metadata?.GetSequence("dependencies")?.Items ?? []).OfType<YamlMapping>()
            .Select(d => new ChartDependency(d, LocatedString.From(d, "name"), LocatedString.From(d, "alias"), LocatedString.From(d, "repository"), LocatedString.From(d, "condition")))
            .ToArray();
        ValuesPath = new[] { "values.yaml", "values.yml" }.Select(n => Combine(directory, n)).FirstOrDefault(repository.FileExists);
        Values = ValuesPath is null ? null : repository.GetFile(ValuesPath)?.Yaml?.Documents.FirstOrDefault()?.Root as YamlMapping;
        templateValuePaths = new Lazy<HashSet<string>>(() => ReadTemplateValuePaths(repository, findChart));
    }

    /// <summary>The chart in <paramref name="directory"/>, or null when the folder has no Chart.yaml.</summary>
    public static HelmChart? Load(Repository repository, string directory, Func<string, HelmChart?> findChart)
    {
        var chartFile = Combine(directory, "Chart.yaml");
        if (!repository.FileExists(chartFile))
        {
            return null;
        }

        var metadata = repository.GetFile(chartFile)?.Yaml?.Documents.FirstOrDefault()?.Root as YamlMapping;
        return new HelmChart(repository, directory, metadata, findChart);
    }

    public string Directory { get; }

    public string ChartFilePath => Combine(Directory, "Chart.yaml");

    public YamlMapping? Metadata { get; }

    public LocatedString? Name { get; }

    /// <summary><c>application</c> or <c>library</c>.</summary>
    public string Type { get; }

    public IReadOnlyList<ChartDependency> Dependencies { get; }

    /// <summary>The chart's default values file, or null when it has none.</summary>
    public string? ValuesPath { get; }

    /// <summary>The default values (null when the file is missing, empty or not a mapping).</summary>
    public YamlMapping? Values { get; }

    /// <summary>Dotted value paths the chart's templates (and its local library dependencies' templates) read.</summary>
    public IReadOnlySet<string> TemplateValuePaths => templateValuePaths.Value;

    /// <summary>
    /// Whether the chart knows the value at <paramref name="segments"/>: written in values.yaml, below a value that
    /// values.yaml leaves free-form (an empty map, null, a list), <c>global</c> or a subchart's values, or read by a
    /// template.
    /// </summary>
    public ValueKeyLookup Lookup(IReadOnlyList<string> segments)
    {
        if (segments.Count == 0 || segments[0] == "global" || Dependencies.Any(d => d.ValuesKey == segments[0]))
        {
            return ValueKeyLookup.Known;
        }

        YamlNode? current = Values;
        for (var i = 0; i < segments.Count; i++)
        {
            switch (current)
            {
                case null:
                    return IsReadByTemplates(segments, i) ? ValueKeyLookup.Known : new ValueKeyLookup(false, i, null);
                case YamlMapping { Entries.Count: 0 }:
                case YamlScalar { IsNull: true }:
                case YamlSequence:
                    return ValueKeyLookup.Known;
                case YamlMapping mapping when mapping.GetValue(segments[i]) is { } next:
                    current = next;
                    continue;
                case YamlMapping mapping:
                    return IsReadByTemplates(segments, i)
                        ? ValueKeyLookup.Known
                        : new ValueKeyLookup(false, i, ConfigurationLoader.Suggest(segments[i], mapping.Entries.Select(e => e.KeyText)));
                default:
                    // A scalar default with keys set below it: the value changes type. Helm merges it anyway; the
                    // template decides, so only a template read makes it known.
                    return IsReadByTemplates(segments, i) ? ValueKeyLookup.Known : new ValueKeyLookup(false, i, null);
            }
        }

        return ValueKeyLookup.Known;
    }

    /// <summary>
    /// Whether templates read the path (from segment <paramref name="unknownFrom"/> on, which values.yaml does not
    /// declare): exactly, a value below it, or a value above it that they take whole (<c>toYaml .Values.x</c>).
    /// </summary>
    private bool IsReadByTemplates(IReadOnlyList<string> segments, int unknownFrom)
    {
        var builder = new StringBuilder();
        for (var i = 0; i < segments.Count; i++)
        {
            if (i > 0)
            {
                builder.Append('.');
            }

            builder.Append(segments[i]);
            if (i >= unknownFrom && TemplateValuePaths.Contains(builder.ToString()))
            {
                return true;
            }
        }

        var full = builder.ToString() + ".";
        return TemplateValuePaths.Any(p => p.StartsWith(full, StringComparison.Ordinal));
    }

    private HashSet<string> ReadTemplateValuePaths(Repository repository, Func<string, HelmChart?> findChart)
    {
        var paths = new HashSet<string>(StringComparer.Ordinal);
        var directories = new List<string> { Directory };
        directories.AddRange(Dependencies.Select(d => d.LocalDirectory(Directory)).OfType<string>().Where(d => findChart(d)?.Type == "library"));
        foreach (var directory in directories)
        {
            var templates = Combine(directory, "templates");
            foreach (var file in repository.AllFiles.Where(f => RepoPath.IsUnder(f, templates)))
            {
                if (repository.Workspace.ReadFile(file) is not { } bytes)
                {
                    continue;
                }

                foreach (Match match in ValuesReference().Matches(Encoding.UTF8.GetString(bytes)))
                {
                    paths.Add(match.Groups[1].Value);
                }
            }
        }

        return paths;
    }

    private static string Combine(string directory, string name) => directory.Length == 0 ? name : directory + "/" + name;

    [GeneratedRegex(@"\.Values\.([A-Za-z_]\w*(?:\.[A-Za-z_]\w*)*)")]
    private static partial Regex ValuesReference();
}
