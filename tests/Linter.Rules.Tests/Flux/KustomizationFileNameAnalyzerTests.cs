using GitOpsLint.Rules.Flux;
using GitOpsLint.Rules.Tests.Infrastructure;

namespace GitOpsLint.Rules.Tests.Flux;

public sealed class KustomizationFileNameAnalyzerTests
{
    private const string Flux = "apiVersion: kustomize.toolkit.fluxcd.io/v1\nkind: Kustomization\nmetadata:\n  name: myapp\n  namespace: flux-system\nspec:\n  interval: 1m\n";

    [Fact]
    public void FluxKustomizationInKustomizationYamlIsReportedOnKind()
    {
        var findings = RuleHarness.Run(new Dictionary<string, string> { ["flux/kustomization.yaml"] = Flux }, new KustomizationFileNameAnalyzer());

        Assert.Equal(["GOL410 flux/kustomization.yaml(2,7)"], RuleHarness.Summarize(findings));
        Assert.EndsWith("rename the file, e.g. flux/myapp-kustomization.yaml", findings[0].Message);
    }

    [Fact]
    public void OtherFileNamesAndKustomizeFilesAreClean() =>
        Assert.Empty(RuleHarness.Run(new Dictionary<string, string>
        {
            ["flux/myapp.yaml"] = Flux,
            ["apps/kustomization.yaml"] = "apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\nresources: []\n",
        }, new KustomizationFileNameAnalyzer()));
}
