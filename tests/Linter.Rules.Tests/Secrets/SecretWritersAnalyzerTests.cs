using GitOpsLint.Rules.Secrets;
using GitOpsLint.Rules.Tests.Infrastructure;

namespace GitOpsLint.Rules.Tests.Secrets;

public sealed class SecretWritersAnalyzerTests
{
    private const string Sealed = "apiVersion: bitnami.com/v1alpha1\nkind: SealedSecret\nmetadata:\n  name: myapp-secrets\n  namespace: myapp\nspec:\n  encryptedData: {}\n";

    private static string External(string target, string policy = "Owner") =>
        $"apiVersion: external-secrets.io/v1\nkind: ExternalSecret\nmetadata:\n  name: myapp\nspec:\n  secretStoreRef:\n    name: aws\n  target:\n    name: {target}\n    creationPolicy: {policy}\n";

    [Fact]
    public void ExternalSecretAndSealedSecretWritingOneSecretAreReportedOnTheTarget()
    {
        var findings = RuleHarness.Run(new Dictionary<string, string> { ["apps/myapp/external-secret.yaml"] = External("myapp-secrets"), ["apps/myapp/sealed-secret.yaml"] = Sealed }, new SecretWritersAnalyzer());

        var finding = Assert.Single(findings);
        Assert.Equal("GOL507 apps/myapp/external-secret.yaml(9,11)", RuleHarness.Summarize(findings)[0]);
        Assert.Equal("apps/myapp/sealed-secret.yaml", Assert.Single(finding.RelatedLocations).Location.Path);
    }

    [Fact]
    public void DifferentNamesMergePolicyAndOtherFoldersAreClean()
    {
        Assert.Empty(RuleHarness.Run(new Dictionary<string, string> { ["a/es.yaml"] = External("other"), ["a/ss.yaml"] = Sealed }, new SecretWritersAnalyzer()));
        Assert.Empty(RuleHarness.Run(new Dictionary<string, string> { ["a/es.yaml"] = External("myapp-secrets", "Merge"), ["a/ss.yaml"] = Sealed }, new SecretWritersAnalyzer()));
        Assert.Empty(RuleHarness.Run(new Dictionary<string, string> { ["base/es.yaml"] = External("myapp-secrets"), ["overlay/ss.yaml"] = Sealed }, new SecretWritersAnalyzer()));
    }
}
