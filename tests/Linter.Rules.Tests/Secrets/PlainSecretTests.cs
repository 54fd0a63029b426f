using GitOpsLint.Rules.Secrets;
using GitOpsLint.Rules.Tests.Infrastructure;

namespace GitOpsLint.Rules.Tests.Secrets;

public sealed class PlainSecretTests
{
    private static readonly PlainSecretAnalyzer Analyzer = new();

    [Fact]
    public void ReportsSecretDataWithoutPrintingIt()
    {
        var diagnostics = RuleHarness.Run(new Dictionary<string, string>
        {
            ["apps/secret.yaml"] = "apiVersion: v1\nkind: Secret\nmetadata:\n  name: db\ndata:\n  password: aHVudGVyMg==\nstringData:\n  token: hunter2\n",
        }, Analyzer);
        Assert.Equal(["GOL501 apps/secret.yaml(5,1)", "GOL501 apps/secret.yaml(7,1)"], RuleHarness.Summarize(diagnostics));
        Assert.All(diagnostics, d => Assert.DoesNotContain("hunter2", d.Message));
        Assert.All(diagnostics, d => Assert.DoesNotContain("aHVudGVyMg", d.Message));
    }

    [Fact]
    public void SilentOnSopsEmptyAndOtherGroups() =>
        Assert.Empty(RuleHarness.Run(new Dictionary<string, string>
        {
            ["a.yaml"] = "apiVersion: v1\nkind: Secret\nmetadata:\n  name: db\nstringData:\n  password: ENC[AES256_GCM,data:abc]\nsops:\n  version: 3.8.1\n",
            ["b.yaml"] = "apiVersion: v1\nkind: Secret\nmetadata:\n  name: empty\ntype: kubernetes.io/service-account-token\n",
            ["c.yaml"] = "apiVersion: example.com/v1\nkind: Secret\nmetadata:\n  name: x\ndata:\n  a: b\n",
        }, Analyzer));
}
