using GitOpsLint.Rules.Flux;
using GitOpsLint.Rules.Tests.Infrastructure;

namespace GitOpsLint.Rules.Tests.Flux;

public sealed class KustomizationPathAnalyzerTests
{
    private static string Kustomization(string name, string path, string source = "flux-system", string extra = "") =>
        $"apiVersion: kustomize.toolkit.fluxcd.io/v1\nkind: Kustomization\nmetadata:\n  name: {name}\n  namespace: flux-system\nspec:\n  interval: 10m\n  prune: true\n" +
        $"  path: {path}\n  sourceRef:\n    kind: GitRepository\n    name: {source}\n" + extra;

    private const string Deployment = "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\n";

    [Fact]
    public void MissingPathIsAnError()
    {
        var findings = RuleHarness.Run(new Dictionary<string, string> { ["clusters/prod/apps.yaml"] = Kustomization("apps", "./apps/prodution"), ["apps/prod/web.yaml"] = Deployment }, new KustomizationPathAnalyzer());

        Assert.Equal(["GOL242 clusters/prod/apps.yaml(9,9)"], RuleHarness.Summarize(findings));
    }

    [Fact]
    public void PathsAreResolvedFromTheRepositoryRoot() =>
        Assert.Empty(RuleHarness.Run(new Dictionary<string, string> { ["clusters/prod/apps.yaml"] = Kustomization("apps", "./apps/prod"), ["apps/prod/web.yaml"] = Deployment }, new KustomizationPathAnalyzer()));

    [Fact]
    public void PathsOfAnotherRepositoryAreNotChecked()
    {
        var sources = "apiVersion: source.toolkit.fluxcd.io/v1\nkind: GitRepository\nmetadata:\n  name: flux-system\n  namespace: flux-system\nspec:\n  url: https://github.com/org/fleet\n---\n" +
            "apiVersion: source.toolkit.fluxcd.io/v1\nkind: GitRepository\nmetadata:\n  name: tenant\n  namespace: flux-system\nspec:\n  url: https://github.com/org/tenant\n";
        Assert.Empty(RuleHarness.Run(new Dictionary<string, string> { ["clusters/prod/sources.yaml"] = sources, ["clusters/prod/apps.yaml"] = Kustomization("apps", "./deploy", "tenant") }, new KustomizationPathAnalyzer()));
    }

    [Fact]
    public void ValuesFileUnderAPathWithoutKustomizationBreaksTheBuild()
    {
        var findings = RuleHarness.Run(new Dictionary<string, string>
        {
            ["flux/apps.yaml"] = Kustomization("apps", "./environments/prod"),
            ["environments/prod/values.yaml"] = "replicaCount: 2\n",
        }, new KustomizationPathAnalyzer());

        var finding = Assert.Single(findings);
        Assert.Equal("GOL409 flux/apps.yaml(9,9)", RuleHarness.Summarize(findings)[0]);
        Assert.Contains("environments/prod/values.yaml is not Kubernetes objects", finding.Message);
        Assert.Equal("environments/prod/values.yaml", Assert.Single(finding.RelatedLocations).Location.Path);
    }

    [Fact]
    public void AKustomizationFileMakesOtherYamlIrrelevant() =>
        Assert.Empty(RuleHarness.Run(new Dictionary<string, string>
        {
            ["flux/apps.yaml"] = Kustomization("apps", "./apps/prod"),
            ["apps/prod/kustomization.yaml"] = "resources:\n  - web.yaml\n",
            ["apps/prod/web.yaml"] = Deployment,
            ["apps/prod/values.yaml"] = "replicaCount: 2\n",
        }, new KustomizationPathAnalyzer()));

    [Fact]
    public void FluxObjectAsTheFolderKustomizationFileBreaksTheBuild()
    {
        var findings = RuleHarness.Run(new Dictionary<string, string> { ["apps/myapp/kustomization.yaml"] = Kustomization("myapp", "./apps/myapp") }, new KustomizationPathAnalyzer());

        Assert.Equal(["GOL409 apps/myapp/kustomization.yaml(9,9)"], RuleHarness.Summarize(findings));
        Assert.Contains("is a Flux Kustomization object", findings[0].Message);
    }

    [Fact]
    public void SamePathTwiceInOneFolderIsReportedOnTheSecond()
    {
        var findings = RuleHarness.Run(new Dictionary<string, string>
        {
            ["flux/a.yaml"] = Kustomization("a", "./apps/prod"),
            ["flux/b.yaml"] = Kustomization("b", "./apps/prod/"),
            ["apps/prod/web.yaml"] = Deployment,
        }, new KustomizationPathAnalyzer());

        Assert.Equal(["GOL417 flux/b.yaml(9,9)"], RuleHarness.Summarize(findings));
    }

    [Fact]
    public void SamePathForTwoClustersOrTargetNamespacesIsClean() =>
        Assert.Empty(RuleHarness.Run(new Dictionary<string, string>
        {
            ["clusters/prod/infra.yaml"] = Kustomization("infra", "./infra"),
            ["clusters/staging/infra.yaml"] = Kustomization("infra", "./infra"),
            ["flux/a.yaml"] = Kustomization("a", "./infra", extra: "  targetNamespace: a\n"),
            ["flux/b.yaml"] = Kustomization("b", "./infra", extra: "  targetNamespace: b\n"),
            ["infra/web.yaml"] = Deployment,
        }, new KustomizationPathAnalyzer()));
}
