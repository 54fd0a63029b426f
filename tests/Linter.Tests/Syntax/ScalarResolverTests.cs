using GitOpsLint.Syntax;

namespace GitOpsLint.Tests.Syntax;

public sealed class ScalarResolverTests
{
    [Theory]
    [InlineData("yes", ScalarType.Bool, true)]
    [InlineData("NO", ScalarType.Bool, false)]
    [InlineData("off", ScalarType.Bool, false)]
    [InlineData("y", ScalarType.Bool, true)]
    [InlineData("True", ScalarType.Bool, true)]
    [InlineData("~", ScalarType.Null, null)]
    [InlineData("", ScalarType.Null, null)]
    [InlineData("Null", ScalarType.Null, null)]
    [InlineData("hello", ScalarType.String, "hello")]
    [InlineData("1.2.3", ScalarType.String, "1.2.3")]
    [InlineData("v1", ScalarType.String, "v1")]
    public void ResolvesLikeGoYamlV2(string text, ScalarType type, object? value)
    {
        var resolved = ScalarResolver.ResolvePlain(text);
        Assert.Equal(type, resolved.Type);
        Assert.Equal(value, resolved.Value);
    }

    [Theory]
    [InlineData("0755", 493L)]
    [InlineData("0x1F", 31L)]
    [InlineData("0b101", 5L)]
    [InlineData("1_000", 1000L)]
    [InlineData("-12", -12L)]
    [InlineData("0", 0L)]
    [InlineData("9223372036854775807", long.MaxValue)]
    public void Integers(string text, long value)
    {
        var resolved = ScalarResolver.ResolvePlain(text);
        Assert.Equal(ScalarType.Int, resolved.Type);
        Assert.Equal(value, resolved.Value);
    }

    [Theory]
    [InlineData("08", 8.0)]
    [InlineData("1e3", 1000.0)]
    [InlineData("0.5", 0.5)]
    [InlineData(".5", 0.5)]
    [InlineData("9223372036854775808", 9223372036854775808.0)]
    public void Floats(string text, double value)
    {
        var resolved = ScalarResolver.ResolvePlain(text);
        Assert.Equal(ScalarType.Float, resolved.Type);
        Assert.Equal(value, resolved.Value);
    }

    [Fact]
    public void QuotedScalarsAreStrings()
    {
        var file = YamlParser.Parse("f.yaml", "a: 'yes'\nb: !!str 12\n");
        var root = (YamlMapping)file.Documents[0].Root!;
        Assert.Equal(ScalarType.String, ((YamlScalar)root.GetValue("a")!).Resolved.Type);
        Assert.Equal(ScalarType.String, ((YamlScalar)root.GetValue("b")!).Resolved.Type);
    }
}
