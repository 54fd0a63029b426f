using GitOpsLint.Rules.Secrets;
using GitOpsLint.Rules.Syntax;
using GitOpsLint.Rules.Tests.Infrastructure;

namespace GitOpsLint.Rules.Tests.Engine;

public sealed class SuppressionTests
{
    private const string Secret = "apiVersion: v1\nkind: Secret\nmetadata:\n  name: db\nstringData:\n  password: x\n";

    [Fact]
    public void DisableNextLineSuppressesAndKeepsTheFinding()
    {
        var diagnostics = RuleHarness.Run(new Dictionary<string, string>
        {
            ["values.yaml"] = "# gitopslint-disable-next-line GOL003 -- Norway\ncountry: NO\nother: yes\n",
        }, new Yaml11AmbiguityAnalyzer());
        Assert.Equal(2, diagnostics.Count);
        var suppressed = diagnostics.Single(d => d.Location.Span.Start.Line == 2);
        Assert.True(suppressed.IsSuppressed);
        Assert.Equal("Norway", suppressed.Suppressions.Single().Justification);
        Assert.False(diagnostics.Single(d => d.Location.Span.Start.Line == 3).IsSuppressed);
    }

    [Fact]
    public void DisableLineAndFileWork()
    {
        var diagnostics = RuleHarness.Run(new Dictionary<string, string>
        {
            ["a/values.yaml"] = "country: NO # gitopslint-disable-line GOL003\n",
            ["b/values.yaml"] = "# gitopslint-disable-file GOL003\nx: yes\ny: no\n",
        }, new Yaml11AmbiguityAnalyzer());
        Assert.All(diagnostics, d => Assert.True(d.IsSuppressed));
        Assert.Equal(3, diagnostics.Count);
    }

    [Fact]
    public void UnusedSuppressionIsReported()
    {
        var diagnostics = RuleHarness.Run(new Dictionary<string, string> { ["values.yaml"] = "# gitopslint-disable-next-line GOL003\ncountry: \"NO\"\n" }, new Yaml11AmbiguityAnalyzer());
        var unused = Assert.Single(diagnostics);
        Assert.Equal("GOL902", unused.Id);
        Assert.Equal(1, unused.Location.Span.Start.Line);
    }

    [Fact]
    public void AnnotationSuppressesFindingsOnTheObject()
    {
        var text = Secret.Replace("  name: db\n", "  name: db\n  annotations:\n    gitopslint.io/ignore: GOL501\n");
        var diagnostic = Assert.Single(RuleHarness.Run(new Dictionary<string, string> { ["s.yaml"] = text }, new PlainSecretAnalyzer()));
        Assert.True(diagnostic.IsSuppressed);
    }

    [Fact]
    public void ConfigurationIgnoreByObjectAndExpiry()
    {
        var files = new Dictionary<string, string> { ["s.yaml"] = Secret };
        var active = RuleHarness.Run(files, "ignore:\n  - rules: [GOL501]\n    kind: Secret\n    name: \"d*\"\n    reason: test data\n", new PlainSecretAnalyzer());
        Assert.True(Assert.Single(active).IsSuppressed);

        var expired = RuleHarness.Run(files, "ignore:\n  - rules: [GOL501]\n    kind: Secret\n    expires: 2020-01-01\n", new PlainSecretAnalyzer());
        Assert.Equal(["GOL501", "GOL903"], expired.Select(d => d.Id).Order().ToArray());
        Assert.False(expired.Single(d => d.Id == "GOL501").IsSuppressed);
    }

    [Fact]
    public void FingerprintsSurviveLineShifts()
    {
        var before = RuleHarness.Run(new Dictionary<string, string> { ["values.yaml"] = "country: NO\n" }, new Yaml11AmbiguityAnalyzer());
        var after = RuleHarness.Run(new Dictionary<string, string> { ["values.yaml"] = "# new comment\nname: x\ncountry: NO\n" }, new Yaml11AmbiguityAnalyzer());
        Assert.Equal(before.Single().Fingerprint, after.Single().Fingerprint);
        Assert.NotEqual(before.Single().Location.Span.Start.Line, after.Single().Location.Span.Start.Line);
    }

    [Fact]
    public void PathOverridesChangeSeverity()
    {
        var diagnostics = RuleHarness.Run(
            new Dictionary<string, string> { ["dev/values.yaml"] = "a: yes\n", ["prod/values.yaml"] = "a: yes\n" },
            "rules: { GOL003: error }\noverrides:\n  - files: [\"dev/**\"]\n    rules: { GOL003: none }\n",
            new Yaml11AmbiguityAnalyzer());
        var only = Assert.Single(diagnostics);
        Assert.Equal("prod/values.yaml", only.Location.Path);
        Assert.Equal(GitOpsLint.Diagnostics.Severity.Error, only.Severity);
    }
}
