using GitOpsLint.Rules.Syntax;
using GitOpsLint.Rules.Tests.Infrastructure;

namespace GitOpsLint.Rules.Tests.Syntax;

public sealed class Yaml11AmbiguityTests
{
    private static readonly Yaml11AmbiguityAnalyzer Analyzer = new();

    [Fact]
    public void ReportsBooleanWordsAndLeadingZerosInValuesFiles()
    {
        var diagnostics = RuleHarness.Run(new Dictionary<string, string>
        {
            ["environments/prod/values.yaml"] = "country: NO\nenabled: yes\numask: 022\nport: 08\nlist: [on, y]\n",
        }, Analyzer);
        Assert.Equal(
            ["GOL003 environments/prod/values.yaml(1,10)", "GOL003 environments/prod/values.yaml(2,10)", "GOL003 environments/prod/values.yaml(3,8)", "GOL003 environments/prod/values.yaml(4,7)", "GOL003 environments/prod/values.yaml(5,8)", "GOL003 environments/prod/values.yaml(5,12)"],
            RuleHarness.Summarize(diagnostics));
        Assert.Equal("'NO' is read as the boolean false by Helm and Kubernetes (YAML 1.1), not as the string you may expect; quote it (\"NO\") for a string, or write false", diagnostics[0].Message);
        Assert.Equal("'022' is read as the octal number 18 (decimal) by Helm and Kubernetes (YAML 1.1), not as the string you may expect; quote it (\"022\") for a string, or write the decimal number", diagnostics[2].Message);
        Assert.Equal("\"NO\"", diagnostics[0].Fix!.Edits.Single().NewText);
    }

    [Fact]
    public void SilentOnExplicitValuesAndIntentionalOctalModes()
    {
        Assert.Empty(RuleHarness.Run(new Dictionary<string, string>
        {
            ["values.yaml"] = "country: \"NO\"\nenabled: true\nzero: 0\nhalf: 0.5\nhex: 0x1F\n",
            ["deploy.yaml"] = "apiVersion: v1\nkind: Pod\nspec:\n  volumes:\n    - configMap:\n        defaultMode: 0644\n",
        }, Analyzer));
    }

    [Fact]
    public void CiFilesAreNotChecked() =>
        Assert.Empty(RuleHarness.Run(new Dictionary<string, string> { [".github/workflows/ci.yml"] = "on:\n  push: {}\nx: yes\n" }, Analyzer));
}
