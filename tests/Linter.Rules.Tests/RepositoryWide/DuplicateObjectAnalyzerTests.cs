using GitOpsLint.Rules.RepositoryWide;
using GitOpsLint.Rules.Tests.Infrastructure;

namespace GitOpsLint.Rules.Tests.RepositoryWide;

public sealed class DuplicateObjectAnalyzerTests
{
    private const string Service = "apiVersion: v1\nkind: Service\nmetadata:\n  name: web\n  namespace: prod\n";

    [Fact]
    public void SameObjectTwiceInOneFolderIsReportedOnTheSecondName()
    {
        var findings = RuleHarness.Run(new Dictionary<string, string> { ["apps/prod/a.yaml"] = Service, ["apps/prod/b.yaml"] = Service }, new DuplicateObjectAnalyzer());

        var finding = Assert.Single(findings);
        Assert.Equal("GOL250 apps/prod/b.yaml(4,9)", RuleHarness.Summarize(findings)[0]);
        Assert.StartsWith("Service prod/web is already defined in apps/prod/a.yaml", finding.Message);
    }

    [Fact]
    public void OverlaysAndDifferentNamespacesOrKindsAreClean() =>
        Assert.Empty(RuleHarness.Run(new Dictionary<string, string>
        {
            ["apps/base/svc.yaml"] = Service,
            ["apps/prod/svc.yaml"] = Service,
            ["apps/prod/other.yaml"] = Service.Replace("namespace: prod", "namespace: staging", StringComparison.Ordinal),
            ["apps/prod/cm.yaml"] = Service.Replace("kind: Service", "kind: ConfigMap", StringComparison.Ordinal),
        }, new DuplicateObjectAnalyzer()));

    [Fact]
    public void FluxRecursivePathsAreOneUnit()
    {
        var kustomization = "apiVersion: kustomize.toolkit.fluxcd.io/v1\nkind: Kustomization\nmetadata:\n  name: apps\n  namespace: flux-system\nspec:\n  path: ./apps\n";
        var findings = RuleHarness.Run(new Dictionary<string, string> { ["clusters/apps.yaml"] = kustomization, ["apps/a/svc.yaml"] = Service, ["apps/b/svc.yaml"] = Service }, new DuplicateObjectAnalyzer());

        Assert.Equal(["GOL250 apps/b/svc.yaml(4,9)"], RuleHarness.Summarize(findings));
    }
}
