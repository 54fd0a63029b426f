using GitOpsLint.Rules.Flux;
using GitOpsLint.Rules.Tests.Infrastructure;

namespace GitOpsLint.Rules.Tests.Flux;

public sealed class DependsOnAnalyzerTests
{
    private static string Kustomization(string name, params string[] dependsOn) =>
        $"apiVersion: kustomize.toolkit.fluxcd.io/v1\nkind: Kustomization\nmetadata:\n  name: {name}\n  namespace: flux-system\nspec:\n  interval: 10m\n" +
        (dependsOn.Length == 0 ? string.Empty : "  dependsOn:\n" + string.Concat(dependsOn.Select(d => $"    - name: {d}\n")));

    [Fact]
    public void MissingDependencyIsReportedOnItsName()
    {
        var findings = RuleHarness.Run(new Dictionary<string, string> { ["apps.yaml"] = Kustomization("apps", "infra-controller"), ["infra.yaml"] = Kustomization("infra-controllers") }, new DependsOnAnalyzer());

        Assert.Equal(["GOL241 apps.yaml(9,13)"], RuleHarness.Summarize(findings));
        Assert.StartsWith("Kustomization apps depends on Kustomization flux-system/infra-controller", findings[0].Message);
    }

    [Fact]
    public void ExistingDependenciesWithoutCycleAreClean() =>
        Assert.Empty(RuleHarness.Run(new Dictionary<string, string> { ["apps.yaml"] = Kustomization("apps", "infra"), ["infra.yaml"] = Kustomization("infra") }, new DependsOnAnalyzer()));

    [Fact]
    public void CycleIsReportedOnceWithEveryMember()
    {
        var findings = RuleHarness.Run(new Dictionary<string, string>
        {
            ["a.yaml"] = Kustomization("a", "b"),
            ["b.yaml"] = Kustomization("b", "c"),
            ["c.yaml"] = Kustomization("c", "a"),
            ["d.yaml"] = Kustomization("d", "a"),
        }, new DependsOnAnalyzer());

        var finding = Assert.Single(findings);
        Assert.Equal("GOL412 a.yaml(9,13)", RuleHarness.Summarize(findings)[0]);
        Assert.Equal("dependsOn cycle: Kustomization flux-system/a → Kustomization flux-system/b → Kustomization flux-system/c → Kustomization flux-system/a; none of them is ever reconciled; break the cycle", finding.Message);
        Assert.Equal(["a.yaml", "b.yaml", "c.yaml"], finding.RelatedLocations.Select(r => r.Location.Path));
    }

    [Fact]
    public void SelfDependencyIsACycle() =>
        Assert.Equal(["GOL412 a.yaml(9,13)"], RuleHarness.Summarize(RuleHarness.Run(new Dictionary<string, string> { ["a.yaml"] = Kustomization("a", "a") }, new DependsOnAnalyzer())));
}
