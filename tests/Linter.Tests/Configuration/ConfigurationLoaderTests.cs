using System.Text;
using GitOpsLint.Configuration;
using GitOpsLint.Diagnostics;

namespace GitOpsLint.Tests.Configuration;

public sealed class ConfigurationLoaderTests
{
    private static (LintConfiguration Configuration, IReadOnlyList<ConfigurationError> Errors) Load(string text) =>
        ConfigurationLoader.Load(".gitopslint.yaml", Encoding.UTF8.GetBytes(text));

    private static readonly DiagnosticDescriptor Rule = new("GOL003", "t", "m", "Syntax", Severity.Warning, "d");

    [Fact]
    public void ReadsEverySection()
    {
        var (configuration, errors) = Load("""
            kubernetesVersion: "1.30"
            exclude: ["vendor/**"]
            rules:
              GOL003: error
              GOL501: { severity: none, options: { x: 1 } }
            overrides:
              - files: ["environments/dev/**"]
                rules: { GOL003: note }
            ignore:
              - rules: [GOL601]
                kind: Deployment
                name: "redis-*"
                reason: third-party
                expires: 2030-01-01
            """);
        Assert.Empty(errors);
        Assert.Equal("1.30", configuration.KubernetesVersion);
        Assert.True(configuration.Exclude.Single().IsMatch("vendor/x/y.yaml"));
        Assert.Equal(Severity.Error, configuration.SeverityFor(Rule, "apps/a.yaml"));
        Assert.Equal(Severity.Note, configuration.SeverityFor(Rule, "environments/dev/values.yaml"));
        Assert.Equal("1", configuration.RuleOptions("GOL501")!.GetString("x"));
        var ignore = configuration.Ignores.Single();
        Assert.Equal(new DateOnly(2030, 1, 1), ignore.Expires);
        Assert.Equal("redis-*", ignore.Name);
    }

    [Fact]
    public void MistakesAreReportedWithPositions()
    {
        var (_, errors) = Load("kubernetesVersion: 1.30.x\nrulez: {}\nrules:\n  GOL003: loud\n  foo: error\n");
        Assert.Equal(4, errors.Count);
        Assert.Contains(errors, e => e.Location.Span.Start.Line == 1 && e.Message.Contains("kubernetesVersion"));
        Assert.Contains(errors, e => e.Location.Span.Start.Line == 2 && e.Message.Contains("did you mean 'rules'"));
        Assert.Contains(errors, e => e.Location.Span.Start.Line == 4 && e.Location.Span.Start.Column == 11 && e.Message.Contains("'loud' is not a severity"));
        Assert.Contains(errors, e => e.Location.Span.Start.Line == 5 && e.Message.Contains("not a rule ID"));
    }

    [Fact]
    public void SyntaxErrorsInTheConfigurationAreErrors()
    {
        var (_, errors) = Load("rules: [\n");
        Assert.Single(errors);
    }

    [Fact]
    public void DefaultsWhenEmpty()
    {
        var (configuration, errors) = Load("");
        Assert.Empty(errors);
        Assert.Equal(Severity.Warning, configuration.SeverityFor(Rule, "a.yaml"));
    }
}
