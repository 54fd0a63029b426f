using GitOpsLint.Rules.ArgoCD;
using GitOpsLint.Rules.Tests.Infrastructure;

namespace GitOpsLint.Rules.Tests.ArgoCD;

public sealed class ApplicationShapeAnalyzerTests
{
    private static IReadOnlyList<GitOpsLint.Diagnostics.Diagnostic> Run(string manifest) =>
        RuleHarness.Run(new Dictionary<string, string> { ["apps/app.yaml"] = manifest }, new ApplicationShapeAnalyzer());

    [Fact]
    public void CompleteApplicationIsClean() => Assert.Empty(Run(ArgoTestManifests.App()));

    [Fact]
    public void BothServerAndName()
    {
        var manifest = ArgoTestManifests.App().Replace("    namespace: myapp\n", "    name: in-cluster\n    namespace: myapp\n", StringComparison.Ordinal);
        var diagnostic = Assert.Single(Run(manifest));
        Assert.Equal("GOL304 apps/app.yaml(14,5)", RuleHarness.Summarize([diagnostic])[0]);
    }

    [Fact]
    public void NeitherServerNorName()
    {
        var manifest = ArgoTestManifests.App().Replace("    server: https://kubernetes.default.svc\n", string.Empty, StringComparison.Ordinal);
        Assert.Equal(["GOL304 apps/app.yaml(12,3)"], RuleHarness.Summarize(Run(manifest)));
    }

    [Fact]
    public void MissingProjectDestinationAndRepoUrlAreReportedOnTheirParents()
    {
        var manifest = "apiVersion: argoproj.io/v1alpha1\nkind: Application\nmetadata:\n  name: myapp\nspec:\n  source:\n    path: charts/myapp\n";
        var diagnostics = Run(manifest);
        Assert.Equal(["GOL305 apps/app.yaml(5,1)", "GOL305 apps/app.yaml(5,1)", "GOL305 apps/app.yaml(6,3)"], RuleHarness.Summarize(diagnostics));
        Assert.Equal("Application myapp has no spec.source.repoURL; set the git repository or Helm repository URL the source comes from", diagnostics[2].Message);
    }

    [Fact]
    public void SourceAndSourcesTogether()
    {
        var manifest = ArgoTestManifests.App(tail: "  sources:\n    - repoURL: https://github.com/org/config.git\n      ref: values\n");
        Assert.Equal(["GOL315 apps/app.yaml(8,3)"], RuleHarness.Summarize(Run(manifest)));
    }

    [Fact]
    public void ApplicationSetTemplateIsChecked()
    {
        var manifest = "apiVersion: argoproj.io/v1alpha1\nkind: ApplicationSet\nmetadata:\n  name: apps\nspec:\n  generators: []\n  template:\n    metadata:\n      name: '{{name}}'\n    spec:\n      project: default\n      source:\n        repoURL: https://github.com/org/monorepo.git\n        path: apps\n";
        Assert.Equal(["GOL305 apps/app.yaml(10,5)"], RuleHarness.Summarize(Run(manifest)));
    }
}
