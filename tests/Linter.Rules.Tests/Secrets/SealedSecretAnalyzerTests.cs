using GitOpsLint.Rules.Secrets;
using GitOpsLint.Rules.Tests.Infrastructure;

namespace GitOpsLint.Rules.Tests.Secrets;

public sealed class SealedSecretAnalyzerTests
{
    // A value shaped like kubeseal output: 2-byte length 0x0200 (512), 512 bytes of key, then 40 bytes of payload.
    private static readonly string Sealed = Convert.ToBase64String([0x02, 0x00, .. Enumerable.Range(0, 552).Select(i => (byte)(i * 7))]);

    private static Dictionary<string, string> File(string metadata, string spec) => new()
    {
        ["sealed.yaml"] = "apiVersion: bitnami.com/v1alpha1\nkind: SealedSecret\nmetadata:\n  name: db\n" + metadata + "spec:\n" + spec,
    };

    [Fact]
    public void RealSealedValueIsClean()
    {
        Assert.StartsWith("AgA", Sealed);
        Assert.Empty(RuleHarness.Run(File("  namespace: prod\n", $"  encryptedData:\n    password: {Sealed}\n"), new SealedSecretAnalyzer()));
    }

    [Fact]
    public void PlaceholderIsReportedOnTheValue()
    {
        var findings = RuleHarness.Run(File("  namespace: prod\n", "  encryptedData:\n    DB_PASSWORD: AgA2...\n"), new SealedSecretAnalyzer());

        Assert.Equal(["GOL504 sealed.yaml(8,18)"], RuleHarness.Summarize(findings));
        Assert.Equal("encryptedData 'DB_PASSWORD' is a placeholder, not base64: the controller cannot unseal it and the Secret is never created; seal the real value with kubeseal", findings[0].Message);
    }

    [Fact]
    public void PlainBase64IsNotSealed() =>
        Assert.Contains("not kubeseal output", Assert.Single(RuleHarness.Run(File("  namespace: prod\n", "  encryptedData:\n    password: c2VjcmV0\n"), new SealedSecretAnalyzer())).Message);

    [Fact]
    public void StrictScopeWithoutNamespaceIsReportedOnMetadata() =>
        Assert.Equal(["GOL505 sealed.yaml(3,1)"], RuleHarness.Summarize(RuleHarness.Run(File(string.Empty, $"  encryptedData:\n    password: {Sealed}\n"), new SealedSecretAnalyzer())));

    [Fact]
    public void ClusterWideScopeNeedsNoNamespace() =>
        Assert.Empty(RuleHarness.Run(File("  annotations:\n    sealedsecrets.bitnami.com/cluster-wide: \"true\"\n", $"  encryptedData:\n    password: {Sealed}\n"), new SealedSecretAnalyzer()));

    [Fact]
    public void ContradictingScopeAndTemplateAreReported()
    {
        var findings = RuleHarness.Run(
            File("  namespace: prod\n  annotations:\n    sealedsecrets.bitnami.com/cluster-wide: \"true\"\n    sealedsecrets.bitnami.com/namespace-wide: \"true\"\n", "  template:\n    metadata:\n      name: other\n"),
            new SealedSecretAnalyzer());
        Assert.Equal(["GOL506 sealed.yaml(8,5)"], RuleHarness.Summarize(findings));

        var strict = RuleHarness.Run(File("  namespace: prod\n", "  template:\n    metadata:\n      name: other\n      namespace: staging\n"), new SealedSecretAnalyzer());
        Assert.Equal(["GOL506 sealed.yaml(9,13)", "GOL506 sealed.yaml(10,18)"], RuleHarness.Summarize(strict));
    }
}
