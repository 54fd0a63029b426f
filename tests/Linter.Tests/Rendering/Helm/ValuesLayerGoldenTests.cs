using GitOpsLint.Rendering.Helm;
using GitOpsLint.Rendering.Helm.Engine;
using GitOpsLint.Rendering.Helm.Loading;
using GitOpsLint.Rendering.Helm.Manifests;
using GitOpsLint.Rendering.Helm.Output;
using GitOpsLint.Rendering.Helm.Values;

namespace GitOpsLint.Tests.Rendering.Helm;

/// <summary>
/// Checks everything around template execution against the oracle's goldens, on the fixture charts whose
/// templates only dump their values (<c>{{ toYaml .Values }}</c>): chart loading, dependency processing (alias,
/// condition, tags, import-values), coalescing with globals and nulls, <c>--set</c>-family parsing, value files,
/// toYaml byte for byte, manifest ordering and <c>helm template</c>'s printing.
/// </summary>
public class ValuesLayerGoldenTests
{
    private const string DumpTemplate = "{{ toYaml .Values }}\n";

    public static TheoryData<string> Cases()
    {
        var data = new TheoryData<string>();
        foreach (var (id, args) in FixtureCases.Read())
        {
            var chartDir = Path.Combine(FixtureCases.Root, HelmTemplateCommandLine.Parse(args).ChartPath);
            var templates = Directory.GetFiles(chartDir, "*", SearchOption.AllDirectories)
                .Where(p => p.Contains($"{Path.DirectorySeparatorChar}templates{Path.DirectorySeparatorChar}", StringComparison.Ordinal));
            if (templates.All(t => File.ReadAllText(t) == DumpTemplate))
            {
                data.Add(id);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void MatchesGolden(string id)
    {
        var (_, args) = FixtureCases.Read().Single(c => c.Id == id);
        var commandLine = HelmTemplateCommandLine.Parse(args);
        var source = new DirectoryChartFileSource(FixtureCases.Root);
        string actual;
        try
        {
            var plan = RenderPlanBuilder.Build(source, commandLine.ChartPath, commandLine.Options);
            var files = plan.Templates
                .Where(t => !t.IsPartial)
                .Select(t => new RenderedFile(t.Name, HelmYaml.ToYaml(t.RenderObject["Values"]) + "\n", DumpTemplate, t.File.Origin));
            var (manifests, hooks) = ManifestSorter.Sort(files, helm4: false);
            actual = HelmTemplateFormatter.Format([], manifests, hooks, false, false, commandLine.Options.ShowOnly, helm4: false);
        }
        catch (Exception e) when (e is ChartLoadException or HelmValuesException)
        {
            actual = "Error: " + e.Message + "\n";
        }

        Assert.Equal(File.ReadAllText(Path.Combine(FixtureCases.Root, "expected", id + ".txt")), actual);
    }
}
