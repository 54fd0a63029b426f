using GitOpsLint.Rules.ArgoCD;
using GitOpsLint.Rules.Tests.Infrastructure;

namespace GitOpsLint.Rules.Tests.ArgoCD;

public sealed class ProjectAndNamespaceTests
{
    [Fact]
    public void DefaultProjectInProduction()
    {
        var diagnostics = RuleHarness.Run(new Dictionary<string, string> { ["apps/app.yaml"] = ArgoTestManifests.App(destinationNamespace: "shop-production") }, new DefaultProjectAnalyzer());
        Assert.Equal(["GOL306 apps/app.yaml(7,12)"], RuleHarness.Summarize(diagnostics));
    }

    [Theory]
    [InlineData("shop-production", "payments")]
    [InlineData("shop-staging", "default")]
    [InlineData("reproduce", "default")]
    public void DefaultProjectOutsideProductionOrDedicatedProjectIsClean(string destination, string project) =>
        Assert.Empty(RuleHarness.Run(new Dictionary<string, string> { ["apps/app.yaml"] = ArgoTestManifests.App(destinationNamespace: destination, project: project) }, new DefaultProjectAnalyzer()));

    [Fact]
    public void NamespaceNeverCreated()
    {
        var diagnostic = Assert.Single(RuleHarness.Run(new Dictionary<string, string> { ["apps/app.yaml"] = ArgoTestManifests.App(destinationNamespace: "shop") }, new CreateNamespaceAnalyzer()));
        Assert.Equal("GOL307 apps/app.yaml(14,16)", RuleHarness.Summarize([diagnostic])[0]);
        Assert.Contains("add the sync option CreateNamespace=true", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void NamespaceCreatedByOptionNamespaceObjectOrAnotherApplication()
    {
        var files = new Dictionary<string, string>
        {
            ["apps/a.yaml"] = ArgoTestManifests.App(name: "a", destinationNamespace: "shop", tail: "  syncPolicy:\n    syncOptions:\n      - CreateNamespace=true\n"),
            ["apps/b.yaml"] = ArgoTestManifests.App(name: "b", destinationNamespace: "shop"),
            ["apps/c.yaml"] = ArgoTestManifests.App(name: "c", destinationNamespace: "billing"),
            ["namespaces/billing.yaml"] = "apiVersion: v1\nkind: Namespace\nmetadata:\n  name: billing\n",
            ["apps/d.yaml"] = ArgoTestManifests.App(name: "d", destinationNamespace: "kube-system"),
        };
        Assert.Empty(RuleHarness.Run(files, new CreateNamespaceAnalyzer()));
    }

    [Fact]
    public void DuplicateApplicationNames()
    {
        var files = new Dictionary<string, string>
        {
            ["apps/a.yaml"] = ArgoTestManifests.App(name: "myapp"),
            ["apps/b.yaml"] = ArgoTestManifests.App(name: "myapp").Replace("  namespace: argocd\n", string.Empty, StringComparison.Ordinal),
            ["apps/c.yaml"] = ArgoTestManifests.App(name: "other"),
        };
        var diagnostics = RuleHarness.Run(files, new DuplicateApplicationAnalyzer());
        Assert.Equal(["GOL316 apps/a.yaml(4,9)", "GOL316 apps/b.yaml(4,9)"], RuleHarness.Summarize(diagnostics));
        Assert.Equal("apps/b.yaml", Assert.Single(diagnostics[0].RelatedLocations).Location.Path);
    }

    [Fact]
    public void SameNameInDifferentNamespacesIsClean()
    {
        var files = new Dictionary<string, string>
        {
            ["apps/a.yaml"] = ArgoTestManifests.App(name: "myapp"),
            ["apps/b.yaml"] = ArgoTestManifests.App(name: "myapp").Replace("  namespace: argocd\n", "  namespace: team-a\n", StringComparison.Ordinal),
        };
        Assert.Empty(RuleHarness.Run(files, new DuplicateApplicationAnalyzer()));
    }

    [Fact]
    public void ApplicationWithoutNamespace()
    {
        var manifest = ArgoTestManifests.App().Replace("  namespace: argocd\n", string.Empty, StringComparison.Ordinal);
        var diagnostic = Assert.Single(RuleHarness.Run(new Dictionary<string, string> { ["apps/app.yaml"] = manifest }, new ApplicationNamespaceAnalyzer()));
        Assert.Equal("GOL317 apps/app.yaml(3,1)", RuleHarness.Summarize([diagnostic])[0]);
        Assert.Empty(RuleHarness.Run(new Dictionary<string, string> { ["apps/app.yaml"] = ArgoTestManifests.App() }, new ApplicationNamespaceAnalyzer()));
    }

    [Fact]
    public void ClusterScopedManifestsNeedNoDestinationNamespace()
    {
        var files = new Dictionary<string, string>
        {
            ["apps/app.yaml"] = ArgoTestManifests.App(destinationNamespace: "external-secrets"),
            ["deploy/store.yaml"] = "apiVersion: external-secrets.io/v1\nkind: ClusterSecretStore\nmetadata:\n  name: aws\n",
            ["deploy/cm.yaml"] = "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: x\n  namespace: elsewhere\n",
        };
        Assert.Empty(RuleHarness.Run(files, new CreateNamespaceAnalyzer()));
        files["deploy/cm2.yaml"] = "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: y\n";
        Assert.Single(RuleHarness.Run(files, new CreateNamespaceAnalyzer()));
    }
}
