using GitOpsLint.Reporting.Sarif;

namespace GitOpsLint.Tests.Reporting;

public sealed class SarifRulesTests
{
    [Theory]
    [InlineData("Duplicate key in a mapping", "DuplicateKeyInMapping")]
    [InlineData("Deprecated API version", "DeprecatedApiVersion")]
    [InlineData("ApplicationSet generator can't be rendered", "ApplicationSetGeneratorCantBeRendered")]
    [InlineData("Helm chart’s values.schema.json rejects values", "HelmChartsValuesSchemaJsonRejectsValues")]
    [InlineData("YAML", "Yaml")]
    [InlineData("---", "Rule")]
    public void NamesArePascalCaseIdentifiers(string title, string expected)
    {
        var name = SarifRules.PascalCase(title);
        Assert.Equal(expected, name);
        Assert.Matches("^([A-Z][a-z0-9]+|[0-9]+)+$", name);
    }

    [Theory]
    [InlineData("/home/dev/repo", "file:///home/dev/repo/")]
    [InlineData("/home/dev/my repo#1/", "file:///home/dev/my%20repo%231/")]
    [InlineData(@"C:\work\repo", "file:///C:/work/repo/")]
    public void RootUrisAreEscapedAndEndWithASlash(string path, string expected) => Assert.Equal(expected, FileUri.FromDirectory(path));

    [Fact]
    public void RelativeUrisEscapeEachSegment() => Assert.Equal("apps/my%20app/values%25.yaml", FileUri.FromRelativePath("apps/my app/values%.yaml"));
}
