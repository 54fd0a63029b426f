using GitOpsLint.Rules.Syntax;
using GitOpsLint.Rules.Tests.Infrastructure;

namespace GitOpsLint.Rules.Tests.Syntax;

public sealed class SyntaxRulesTests
{
    private static readonly SyntaxIssueAnalyzer Analyzer = new();

    [Fact]
    public void Gol001ReportsSyntaxErrorsAtTheirPosition()
    {
        var diagnostics = RuleHarness.Run(new Dictionary<string, string> { ["apps/a.yaml"] = "metadata:\n  name: a\n\tnamespace: b\n", ["apps/ok.yaml"] = "a: 1\n" }, Analyzer);
        Assert.Equal(["GOL001 apps/a.yaml(3,1)"], RuleHarness.Summarize(diagnostics));
        Assert.Contains("indent with spaces", diagnostics[0].Message);
    }

    [Fact]
    public void Gol001IsSilentOnValidYaml() =>
        Assert.Empty(RuleHarness.Run(new Dictionary<string, string> { ["a.yaml"] = "a: [1, 2]\n---\nb: {c: d}\n" }, Analyzer));

    [Fact]
    public void Gol002ReportsTheSecondKeyWithTheFirstAsRelated()
    {
        var diagnostics = RuleHarness.Run(new Dictionary<string, string> { ["a.yaml"] = "spec:\n  replicas: 2\n  replicas: 3\n" }, Analyzer);
        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal("GOL002", diagnostic.Id);
        Assert.Equal(3, diagnostic.Location.Span.Start.Line);
        Assert.Equal(2, diagnostic.RelatedLocations.Single().Location.Span.Start.Line);
        Assert.Equal("duplicate key 'replicas': the first one at line 2 is silently overwritten; remove one of the two keys; Kubernetes, Helm and kustomize keep only the last", diagnostic.Message);
    }

    [Fact]
    public void Gol002IsSilentOnSameKeysInDifferentMappings() =>
        Assert.Empty(RuleHarness.Run(new Dictionary<string, string> { ["a.yaml"] = "a:\n  x: 1\nb:\n  x: 1\n" }, Analyzer));

    [Fact]
    public void Gol005ReportsAliasBombs()
    {
        var text = "a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n" + string.Concat(Enumerable.Range(1, 9).Select(i => $"a{i}: &a{i} [" + string.Join(", ", Enumerable.Repeat($"*a{i - 1}", 10)) + "]\n"));
        var diagnostic = Assert.Single(RuleHarness.Run(new Dictionary<string, string> { ["bomb.yaml"] = text }, Analyzer));
        Assert.Equal("GOL005", diagnostic.Id);
        Assert.Contains("alias bomb", diagnostic.Message);
    }

    [Fact]
    public void Gol005IsSilentOnOrdinaryAliases() =>
        Assert.Empty(RuleHarness.Run(new Dictionary<string, string> { ["a.yaml"] = "base: &b {x: 1}\nother: *b\n" }, Analyzer));

    [Fact]
    public void TemplatesAreNotParsedAsYaml() =>
        Assert.Empty(RuleHarness.Run(new Dictionary<string, string>
        {
            ["charts/app/Chart.yaml"] = "apiVersion: v2\nname: app\nversion: 1.0.0\n",
            ["charts/app/templates/deployment.yaml"] = "{{- if .Values.x }}\nkind: {{ .Values.kind }\n{{- end }}\n",
        }, Analyzer));
}
