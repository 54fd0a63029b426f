using GitOpsLint.Rules.Flux;
using GitOpsLint.Rules.Tests.Infrastructure;

namespace GitOpsLint.Rules.Tests.Flux;

public sealed class FluxNamespaceAnalyzerTests
{
    private const string Oci = "apiVersion: source.toolkit.fluxcd.io/v1\nkind: OCIRepository\nmetadata:\n  name: app\nspec:\n  url: oci://ghcr.io/org/app\n";

    [Fact]
    public void FluxObjectWithoutNamespaceIsANoteOnMetadata()
    {
        var findings = RuleHarness.Run(new Dictionary<string, string> { ["flux/oci.yaml"] = Oci }, new FluxNamespaceAnalyzer());

        Assert.Equal(["GOL416 flux/oci.yaml(3,1)"], RuleHarness.Summarize(findings));
        Assert.EndsWith("add 'namespace: flux-system'", findings[0].Message);
    }

    [Fact]
    public void KustomizeNamespaceAboveTheFileProvidesIt() =>
        Assert.Empty(RuleHarness.Run(new Dictionary<string, string>
        {
            ["apps/base/oci.yaml"] = Oci,
            ["apps/kustomization.yaml"] = "namespace: apps\nresources:\n  - base/oci.yaml\n",
        }, new FluxNamespaceAnalyzer()));

    [Fact]
    public void FluxTargetNamespaceProvidesIt() =>
        Assert.Empty(RuleHarness.Run(new Dictionary<string, string>
        {
            ["tenants/a/oci.yaml"] = Oci,
            ["clusters/prod/tenant.yaml"] = "apiVersion: kustomize.toolkit.fluxcd.io/v1\nkind: Kustomization\nmetadata:\n  name: tenant-a\n  namespace: flux-system\nspec:\n  path: ./tenants/a\n  targetNamespace: tenant-a\n",
        }, new FluxNamespaceAnalyzer()));

    [Fact]
    public void OtherKindsAreNotChecked() =>
        Assert.Empty(RuleHarness.Run(new Dictionary<string, string> { ["cm.yaml"] = "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: x\n" }, new FluxNamespaceAnalyzer()));
}
