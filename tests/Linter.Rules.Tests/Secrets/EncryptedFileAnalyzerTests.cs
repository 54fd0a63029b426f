using GitOpsLint.Rules.Secrets;
using GitOpsLint.Rules.Tests.Infrastructure;

namespace GitOpsLint.Rules.Tests.Secrets;

public sealed class EncryptedFileAnalyzerTests
{
    [Fact]
    public void EncryptedFileParameterAndHelmfileSecretsAreNotes()
    {
        var application = "apiVersion: argoproj.io/v1alpha1\nkind: Application\nmetadata:\n  name: app\nspec:\n  source:\n    helm:\n      valueFiles:\n        - values.yaml\n      fileParameters:\n        - name: secrets\n          path: environments/prod/secrets.yaml.gpg\n";
        var helmfile = "releases:\n  - name: app\n    chart: ./chart\n    secrets:\n      - secrets.yaml\n";
        var findings = RuleHarness.Run(new Dictionary<string, string> { ["app.yaml"] = application, ["helmfile.yaml"] = helmfile }, new EncryptedFileAnalyzer());

        Assert.Equal(["GOL508 app.yaml(12,17)", "GOL508 helmfile.yaml(5,9)"], RuleHarness.Summarize(findings));
    }

    [Fact]
    public void PlainValueFilesAreClean()
    {
        var application = "apiVersion: argoproj.io/v1alpha1\nkind: Application\nmetadata:\n  name: app\nspec:\n  source:\n    helm:\n      valueFiles:\n        - values-prod.yaml\n";
        Assert.Empty(RuleHarness.Run(new Dictionary<string, string> { ["app.yaml"] = application }, new EncryptedFileAnalyzer()));
    }
}
