using GitOpsLint.Rules.Rollouts;
using GitOpsLint.Rules.Tests.Infrastructure;

namespace GitOpsLint.Rules.Tests.Rollouts;

public sealed class AnalysisTemplateRefAnalyzerTests
{
    private static string Rollout(string template) =>
        "apiVersion: argoproj.io/v1alpha1\nkind: Rollout\nmetadata:\n  name: app\n  namespace: app\nspec:\n  strategy:\n    canary:\n      steps:\n        - analysis:\n            templates:\n" + template;

    [Fact]
    public void MissingTemplateIsReportedOnTheName()
    {
        var findings = RuleHarness.Run(new Dictionary<string, string> { ["rollout.yaml"] = Rollout("              - templateName: success-rate\n") }, new AnalysisTemplateRefAnalyzer());

        Assert.Equal(["GOL245 rollout.yaml(12,31)"], RuleHarness.Summarize(findings));
        Assert.StartsWith("AnalysisTemplate success-rate is not defined", findings[0].Message);
    }

    [Fact]
    public void TemplateInTheNamespaceAndClusterTemplatesResolve()
    {
        var files = new Dictionary<string, string>
        {
            ["rollout.yaml"] = Rollout("              - templateName: success-rate\n              - templateName: latency\n                clusterScope: true\n"),
            ["templates.yaml"] = "apiVersion: argoproj.io/v1alpha1\nkind: AnalysisTemplate\nmetadata:\n  name: success-rate\n  namespace: app\n---\napiVersion: argoproj.io/v1alpha1\nkind: ClusterAnalysisTemplate\nmetadata:\n  name: latency\n",
        };
        Assert.Empty(RuleHarness.Run(files, new AnalysisTemplateRefAnalyzer()));
    }

    [Fact]
    public void ClusterScopeLooksForAClusterAnalysisTemplate()
    {
        var files = new Dictionary<string, string>
        {
            ["rollout.yaml"] = Rollout("              - templateName: latency\n                clusterScope: true\n"),
            ["templates.yaml"] = "apiVersion: argoproj.io/v1alpha1\nkind: AnalysisTemplate\nmetadata:\n  name: latency\n  namespace: app\n",
        };
        Assert.Contains("ClusterAnalysisTemplate latency", Assert.Single(RuleHarness.Run(files, new AnalysisTemplateRefAnalyzer())).Message);
    }
}
