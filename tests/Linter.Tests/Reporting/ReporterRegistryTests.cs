using GitOpsLint.Reporting;

namespace GitOpsLint.Tests.Reporting;

public sealed class ReporterRegistryTests
{
    [Fact]
    public void KnowsEveryFormatByName()
    {
        var registry = new ReporterRegistry();
        Assert.Equal(["codeclimate", "github", "json", "msbuild", "sarif", "text"], registry.Formats);
        foreach (var format in registry.Formats)
        {
            Assert.Equal(format, registry.Get(format).Format);
        }

        Assert.IsType<SarifReporter>(registry.Get("SARIF"));
        Assert.Equal("text", registry.Get(ReporterRegistry.DefaultFormat).Format);
    }

    [Fact]
    public void UnknownFormatNamesTheKnownOnes()
    {
        var registry = new ReporterRegistry();
        Assert.False(registry.TryGet("junit", out _));
        var error = Assert.Throws<ArgumentException>(() => registry.Get("junit"));
        Assert.Contains("codeclimate, github, json, msbuild, sarif, text", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void RefusesTwoReportersWithOneName() =>
        Assert.Throws<ArgumentException>(() => new ReporterRegistry([new TextReporter(), new TextReporter()]));
}
