using GitOpsLint.Rules.Syntax;
using GitOpsLint.Rules.Tests.Infrastructure;

namespace GitOpsLint.Rules.Tests.Syntax;

public sealed class MissingTypeMetaTests
{
    private static readonly MissingTypeMetaAnalyzer Analyzer = new();

    [Fact]
    public void ReportsFragmentsWithoutTypeMeta()
    {
        var diagnostics = RuleHarness.Run(new Dictionary<string, string>
        {
            ["apps/health.yaml"] = "# ArgoCD health override\nspec:\n  ignoreDifferences: []\n",
            ["apps/half.yaml"] = "apiVersion: v1\nmetadata:\n  name: x\n",
        }, Analyzer);
        Assert.Equal(["GOL004 apps/half.yaml(1,1)", "GOL004 apps/health.yaml(2,1)"], RuleHarness.Summarize(diagnostics));
        Assert.Equal("this document looks like a Kubernetes object (it has spec:) but has no apiVersion and kind; add apiVersion and kind, or move the file out of the manifests if it is not an object", diagnostics[1].Message);
    }

    [Fact]
    public void SilentOnObjectsValuesAndOtherYaml() =>
        Assert.Empty(RuleHarness.Run(new Dictionary<string, string>
        {
            ["apps/ok.yaml"] = "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: x\n",
            ["environments/prod/values.yaml"] = "spec:\n  x: 1\n",
            ["mkdocs.yml"] = "site_name: docs\n",
        }, Analyzer));
}
