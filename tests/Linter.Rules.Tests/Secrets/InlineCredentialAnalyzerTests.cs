using GitOpsLint.Rules.Secrets;
using GitOpsLint.Rules.Tests.Infrastructure;

namespace GitOpsLint.Rules.Tests.Secrets;

public sealed class InlineCredentialAnalyzerTests
{
    [Fact]
    public void PasswordInAValuesFileIsReportedWithoutItsValue()
    {
        var findings = RuleHarness.Run(new Dictionary<string, string> { ["environments/dev/values.yaml"] = "database:\n  host: db\n  password: changeme\n" }, new InlineCredentialAnalyzer());

        var finding = Assert.Single(findings);
        Assert.Equal("GOL502 environments/dev/values.yaml(3,13)", RuleHarness.Summarize(findings)[0]);
        Assert.StartsWith("'database.password' in environments/dev/values.yaml is a literal credential", finding.Message);
        Assert.DoesNotContain("changeme", finding.Message);
    }

    [Theory]
    [InlineData("existingSecret: db-credentials")]
    [InlineData("existingSecretPasswordKey: password")]
    [InlineData("passwordKey: db-password")]
    [InlineData("secretName: db")]
    [InlineData("tokenPath: /var/run/secrets/token")]
    [InlineData("passwordLength: \"16\"")]
    [InlineData("password: ${DB_PASSWORD}")]
    [InlineData("password: \"{{ .Values.secret }}\"")]
    [InlineData("password: <path:secret/data/db#password>")]
    [InlineData("password: ENC[AES256_GCM,data:abc,type:str]")]
    [InlineData("password: \"\"")]
    [InlineData("enableTokenAuth: \"true\"")]
    public void ReferencesPlaceholdersAndSettingsAreClean(string line) =>
        Assert.Empty(RuleHarness.Run(new Dictionary<string, string> { ["values.yaml"] = "database:\n  " + line + "\n" }, new InlineCredentialAnalyzer()));

    [Theory]
    [InlineData("apiKey: abcdef")]
    [InlineData("client_secret: abcdef")]
    [InlineData("accessToken: abcdef")]
    [InlineData("awsSecretAccessKey: abcdef")]
    public void CredentialKeysAreRecognised(string line) =>
        Assert.Single(RuleHarness.Run(new Dictionary<string, string> { ["values.yaml"] = "config:\n  " + line + "\n" }, new InlineCredentialAnalyzer()));

    [Fact]
    public void HelmReleaseValuesAreChecked()
    {
        var release = "apiVersion: helm.toolkit.fluxcd.io/v2\nkind: HelmRelease\nmetadata:\n  name: app\n  namespace: app\nspec:\n  interval: 5m\n  values:\n    auth:\n      token: abc123\n";
        Assert.Equal(["GOL502 hr.yaml(10,14)"], RuleHarness.Summarize(RuleHarness.Run(new Dictionary<string, string> { ["hr.yaml"] = release }, new InlineCredentialAnalyzer())));
    }

    [Fact]
    public void ArgoApplicationValuesStringParametersAndValuesObjectAreChecked()
    {
        var application = "apiVersion: argoproj.io/v1alpha1\nkind: Application\nmetadata:\n  name: app\n  namespace: argocd\nspec:\n  source:\n    helm:\n" +
            "      parameters:\n        - name: db.password\n          value: hunter2\n" +
            "      values: |\n        replicaCount: 2\n        redis:\n          password: hunter3\n" +
            "      valuesObject:\n        smtp:\n          apiKey: hunter4\n";
        var findings = RuleHarness.Run(new Dictionary<string, string> { ["app.yaml"] = application }, new InlineCredentialAnalyzer());

        Assert.Equal(["GOL502 app.yaml(11,18)", "GOL502 app.yaml(15,21)", "GOL502 app.yaml(18,19)"], RuleHarness.Summarize(findings));
    }

    [Fact]
    public void EnabledAuthWithEmptyPasswordIsAWarning()
    {
        var findings = RuleHarness.Run(new Dictionary<string, string> { ["values.yaml"] = "auth:\n  enabled: true\n  password: \"\"\n" }, new InlineCredentialAnalyzer());

        Assert.Equal(["GOL503 values.yaml(3,13)"], RuleHarness.Summarize(findings));
        Assert.StartsWith("'auth.password' is empty while 'auth.enabled' is true", findings[0].Message);
    }

    [Theory]
    [InlineData("auth:\n  enabled: false\n  password: \"\"\n")]
    [InlineData("auth:\n  enabled: true\n  password: \"\"\n  existingSecret: redis-auth\n")]
    public void EmptyPasswordWithAuthOffOrAnExistingSecretIsClean(string values) =>
        Assert.Empty(RuleHarness.Run(new Dictionary<string, string> { ["values.yaml"] = values }, new InlineCredentialAnalyzer()));

    [Fact]
    public void PlainManifestsAreNotValues() =>
        Assert.Empty(RuleHarness.Run(new Dictionary<string, string> { ["cm.yaml"] = "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: x\ndata:\n  password: abc\n" }, new InlineCredentialAnalyzer()));
}
