using GitOpsLint.Rules.Flux;
using GitOpsLint.Rules.Tests.Infrastructure;

namespace GitOpsLint.Rules.Tests.Flux;

public sealed class SourceRefAnalyzerTests
{
    private const string Bitnami = "apiVersion: source.toolkit.fluxcd.io/v1\nkind: HelmRepository\nmetadata:\n  name: bitnami\n  namespace: flux-system\nspec:\n  interval: 1h\n  url: https://charts.bitnami.com/bitnami\n";

    private static string Release(string sourceRef) =>
        "apiVersion: helm.toolkit.fluxcd.io/v2\nkind: HelmRelease\nmetadata:\n  name: redis\n  namespace: myapp\nspec:\n  interval: 1h\n  chart:\n    spec:\n      chart: redis\n      sourceRef:\n" + sourceRef;

    [Fact]
    public void SourceInAnotherNamespaceGetsAFixAddingTheNamespace()
    {
        var findings = RuleHarness.Run(new Dictionary<string, string> { ["repo.yaml"] = Bitnami, ["hr.yaml"] = Release("        kind: HelmRepository\n        name: bitnami\n") }, new SourceRefAnalyzer());

        var finding = Assert.Single(findings);
        Assert.Equal("GOL240 hr.yaml(13,15)", RuleHarness.Summarize(findings)[0]);
        Assert.Contains("exists in flux-system; add 'namespace: flux-system' to the sourceRef", finding.Message);
        var edit = Assert.Single(finding.Fix!.Edits);
        Assert.Equal(("        namespace: flux-system\n", 14), (edit.NewText, edit.Span.Start.Line));
    }

    [Fact]
    public void ExplicitNamespaceResolves() =>
        Assert.Empty(RuleHarness.Run(new Dictionary<string, string> { ["repo.yaml"] = Bitnami, ["hr.yaml"] = Release("        kind: HelmRepository\n        name: bitnami\n        namespace: flux-system\n") }, new SourceRefAnalyzer()));

    [Fact]
    public void UndefinedSourceIsAWarning()
    {
        var findings = RuleHarness.Run(new Dictionary<string, string> { ["hr.yaml"] = Release("        kind: GitRepository\n        name: monorepo\n        namespace: flux-system\n") }, new SourceRefAnalyzer());

        Assert.Equal(["GOL240 hr.yaml(13,15)"], RuleHarness.Summarize(findings));
        Assert.StartsWith("GitRepository flux-system/monorepo is not defined in this repository", findings[0].Message);
    }

    [Fact]
    public void UncommittedBootstrapSourceIsOnlyANote()
    {
        var kustomization = "apiVersion: kustomize.toolkit.fluxcd.io/v1\nkind: Kustomization\nmetadata:\n  name: apps\n  namespace: flux-system\nspec:\n  sourceRef:\n    kind: GitRepository\n    name: flux-system\n";
        var findings = RuleHarness.Run(new Dictionary<string, string> { ["apps.yaml"] = kustomization }, new SourceRefAnalyzer());

        Assert.Equal(["GOL243 apps.yaml(9,11)"], RuleHarness.Summarize(findings));
    }

    [Fact]
    public void ChartRefIsChecked()
    {
        var release = "apiVersion: helm.toolkit.fluxcd.io/v2\nkind: HelmRelease\nmetadata:\n  name: app\n  namespace: app\nspec:\n  interval: 1h\n  chartRef:\n    kind: OCIRepository\n    name: app\n";
        var oci = "apiVersion: source.toolkit.fluxcd.io/v1\nkind: OCIRepository\nmetadata:\n  name: app\n  namespace: app\nspec:\n  url: oci://ghcr.io/org/app\n";
        Assert.Equal(["GOL240 hr.yaml(10,11)"], RuleHarness.Summarize(RuleHarness.Run(new Dictionary<string, string> { ["hr.yaml"] = release }, new SourceRefAnalyzer())));
        Assert.Empty(RuleHarness.Run(new Dictionary<string, string> { ["hr.yaml"] = release, ["oci.yaml"] = oci }, new SourceRefAnalyzer()));
    }
}
