using GitOpsLint.Rules.Flux;
using GitOpsLint.Rules.Tests.Infrastructure;

namespace GitOpsLint.Rules.Tests.Flux;

public sealed class PostBuildSubstitutionAnalyzerTests
{
    private static string Kustomization(string postBuild) =>
        "apiVersion: kustomize.toolkit.fluxcd.io/v1\nkind: Kustomization\nmetadata:\n  name: apps\n  namespace: flux-system\nspec:\n  interval: 10m\n  prune: true\n" +
        "  path: ./apps/prod\n  sourceRef:\n    kind: GitRepository\n    name: flux-system\n" + postBuild;

    private const string Ingress = "apiVersion: networking.k8s.io/v1\nkind: Ingress\nmetadata:\n  name: web\n  namespace: web\nspec:\n  rules:\n    - host: app.${cluster_domain}\n";

    [Fact]
    public void UndefinedVariableIsReportedWhereItIsUsed()
    {
        var findings = RuleHarness.Run(new Dictionary<string, string>
        {
            ["clusters/prod/apps.yaml"] = Kustomization("  postBuild:\n    substitute:\n      cluster_name: prod\n"),
            ["apps/prod/ingress.yaml"] = Ingress,
        }, new PostBuildSubstitutionAnalyzer());

        var finding = Assert.Single(findings);
        Assert.Equal("GOL405 apps/prod/ingress.yaml(8,17)", RuleHarness.Summarize(findings)[0]);
        Assert.StartsWith("${cluster_domain} is used here but Kustomization flux-system/apps defines it neither", finding.Message);
        Assert.Equal("clusters/prod/apps.yaml", Assert.Single(finding.RelatedLocations).Location.Path);
    }

    [Theory]
    [InlineData("    - host: app.${cluster_domain:=example.com}\n")]
    [InlineData("    - host: app.${cluster_domain:-example.com}\n")]
    [InlineData("    - host: app.$${cluster_domain}\n")]
    [InlineData("    - host: app.$cluster_domain\n")]
    public void DefaultsEscapesAndBareDollarsAreClean(string rule)
    {
        var ingress = Ingress.Replace("    - host: app.${cluster_domain}\n", rule, StringComparison.Ordinal);
        Assert.Empty(RuleHarness.Run(new Dictionary<string, string>
        {
            ["clusters/prod/apps.yaml"] = Kustomization("  postBuild:\n    substitute:\n      cluster_name: prod\n"),
            ["apps/prod/ingress.yaml"] = ingress,
        }, new PostBuildSubstitutionAnalyzer()));
    }

    [Fact]
    public void VariablesFromARepositoryConfigMapCount()
    {
        Assert.Empty(RuleHarness.Run(new Dictionary<string, string>
        {
            ["clusters/prod/apps.yaml"] = Kustomization("  postBuild:\n    substituteFrom:\n      - kind: ConfigMap\n        name: cluster-vars\n"),
            ["clusters/prod/vars.yaml"] = "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: cluster-vars\n  namespace: flux-system\ndata:\n  cluster_domain: prod.example.com\n",
            ["apps/prod/ingress.yaml"] = Ingress,
        }, new PostBuildSubstitutionAnalyzer()));
    }

    [Fact]
    public void UnknownSubstituteFromSourceSilencesUndefinedVariables()
    {
        Assert.Empty(RuleHarness.Run(new Dictionary<string, string>
        {
            ["clusters/prod/apps.yaml"] = Kustomization("  postBuild:\n    substituteFrom:\n      - kind: Secret\n        name: cluster-secrets\n"),
            ["apps/prod/ingress.yaml"] = Ingress,
        }, new PostBuildSubstitutionAnalyzer()));
    }

    [Fact]
    public void DisabledAnnotationSkipsTheObject()
    {
        var ingress = Ingress.Replace("  namespace: web\n", "  namespace: web\n  annotations:\n    kustomize.toolkit.fluxcd.io/substitute: disabled\n", StringComparison.Ordinal);
        Assert.Empty(RuleHarness.Run(new Dictionary<string, string>
        {
            ["clusters/prod/apps.yaml"] = Kustomization("  postBuild:\n    substitute:\n      cluster_name: prod\n"),
            ["apps/prod/ingress.yaml"] = ingress,
        }, new PostBuildSubstitutionAnalyzer()));
    }

    [Fact]
    public void WithoutPostBuildNothingIsSubstitutedOrReported()
    {
        Assert.Empty(RuleHarness.Run(new Dictionary<string, string>
        {
            ["clusters/prod/apps.yaml"] = Kustomization(string.Empty),
            ["apps/prod/ingress.yaml"] = Ingress,
        }, new PostBuildSubstitutionAnalyzer()));
    }

    [Fact]
    public void KustomizeResourcesAreFollowed()
    {
        var findings = RuleHarness.Run(new Dictionary<string, string>
        {
            ["clusters/prod/apps.yaml"] = Kustomization("  postBuild:\n    substitute:\n      cluster_name: prod\n"),
            ["apps/prod/kustomization.yaml"] = "apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\nresources:\n  - ../base\n",
            ["apps/base/kustomization.yaml"] = "resources:\n  - ingress.yaml\n",
            ["apps/base/ingress.yaml"] = Ingress,
            ["apps/other/ingress.yaml"] = Ingress,
        }, new PostBuildSubstitutionAnalyzer());

        Assert.Equal(["GOL405 apps/base/ingress.yaml(8,17)"], RuleHarness.Summarize(findings));
    }

    [Fact]
    public void InvalidVariableNamesAreErrorsOnTheKey()
    {
        var findings = RuleHarness.Run(new Dictionary<string, string>
        {
            ["clusters/prod/apps.yaml"] = Kustomization("  postBuild:\n    substitute:\n      cluster-name: prod\n      _ok_1: yes\n      1st: x\n"),
        }, new PostBuildSubstitutionAnalyzer());

        Assert.Equal(["GOL406 clusters/prod/apps.yaml(15,7)", "GOL406 clusters/prod/apps.yaml(17,7)"], RuleHarness.Summarize(findings));
        Assert.Contains("rename it, e.g. 'cluster_name'", findings[0].Message);
    }
}
