using GitOpsLint.Rules.Flux;
using GitOpsLint.Rules.Tests.Infrastructure;

namespace GitOpsLint.Rules.Tests.Flux;

public sealed class PostRendererTemplateAnalyzerTests
{
    private static string Release(string value) =>
        "apiVersion: helm.toolkit.fluxcd.io/v2\nkind: HelmRelease\nmetadata:\n  name: myapp\n  namespace: myapp\nspec:\n  interval: 5m\n  postRenderers:\n    - kustomize:\n        patches:\n" +
        "          - target:\n              kind: Deployment\n            patch: |\n              - op: add\n                path: /spec/template/metadata/annotations/rollme\n" +
        $"                value: {value}\n";

    [Fact]
    public void TemplateInsideABlockScalarIsReportedAtTheExpression()
    {
        var findings = RuleHarness.Run(new Dictionary<string, string> { ["hr.yaml"] = Release("\"{{ randAlphaNum 5 }}\"") }, new PostRendererTemplateAnalyzer());

        var finding = Assert.Single(findings);
        Assert.Equal("GOL404 hr.yaml(16,24)", RuleHarness.Summarize(findings)[0]);
        Assert.Contains("'{{ randAlphaNum 5 }}' ends up literally in the object", finding.Message);
    }

    [Fact]
    public void PlainPatchesAreClean() =>
        Assert.Empty(RuleHarness.Run(new Dictionary<string, string> { ["hr.yaml"] = Release("payments") }, new PostRendererTemplateAnalyzer()));

    [Fact]
    public void TemplatesInValuesAreNotPostRendererPatches()
    {
        var release = "apiVersion: helm.toolkit.fluxcd.io/v2\nkind: HelmRelease\nmetadata:\n  name: myapp\nspec:\n  interval: 5m\n  values:\n    note: \"{{ .Release.Name }}\"\n";
        Assert.Empty(RuleHarness.Run(new Dictionary<string, string> { ["hr.yaml"] = release }, new PostRendererTemplateAnalyzer()));
    }
}
