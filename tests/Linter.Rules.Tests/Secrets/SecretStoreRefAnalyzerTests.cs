using GitOpsLint.Rules.Secrets;
using GitOpsLint.Rules.Tests.Infrastructure;

namespace GitOpsLint.Rules.Tests.Secrets;

public sealed class SecretStoreRefAnalyzerTests
{
    private const string External = "apiVersion: external-secrets.io/v1\nkind: ExternalSecret\nmetadata:\n  name: db\n  namespace: app\nspec:\n  secretStoreRef:\n    kind: ClusterSecretStore\n    name: aws-secrets\n";

    [Fact]
    public void MissingStoreIsReportedOnItsName()
    {
        var findings = RuleHarness.Run(new Dictionary<string, string> { ["es.yaml"] = External }, new SecretStoreRefAnalyzer());

        Assert.Equal(["GOL244 es.yaml(9,11)"], RuleHarness.Summarize(findings));
        Assert.StartsWith("ClusterSecretStore aws-secrets is not defined in this repository", findings[0].Message);
    }

    [Fact]
    public void DefinedStoreIsClean() =>
        Assert.Empty(RuleHarness.Run(new Dictionary<string, string>
        {
            ["es.yaml"] = External,
            ["store.yaml"] = "apiVersion: external-secrets.io/v1\nkind: ClusterSecretStore\nmetadata:\n  name: aws-secrets\nspec:\n  provider:\n    aws: {}\n",
        }, new SecretStoreRefAnalyzer()));

    [Fact]
    public void NamespacedStoreMustBeInTheSameNamespace()
    {
        var external = External.Replace("    kind: ClusterSecretStore\n", string.Empty, StringComparison.Ordinal);
        var store = "apiVersion: external-secrets.io/v1\nkind: SecretStore\nmetadata:\n  name: aws-secrets\n  namespace: other\nspec:\n  provider:\n    aws: {}\n";
        Assert.Equal(["GOL244 es.yaml(8,11)"], RuleHarness.Summarize(RuleHarness.Run(new Dictionary<string, string> { ["es.yaml"] = external, ["store.yaml"] = store }, new SecretStoreRefAnalyzer())));
    }
}
