namespace GoTemplates.Tests;

/// <summary>
/// Go 1.22/1.23 features the oracle's Go 1.19 lacks ({{else with}}, range over an integer). Expected values
/// follow the Go 1.23 text/template documentation and source (exec.go walkRange, parse.go parseControl).
/// </summary>
public sealed class NewerGoFeatureTests
{
    private static string Run(string text, object? data = null)
    {
        var set = new TemplateSet("t");
        set.Parse("t", text);
        return set.Execute("t", data);
    }

    [Theory]
    [InlineData("{{with 0}}a{{else with 1}}b{{.}}{{end}}", "b1")]
    [InlineData("{{with 0}}a{{else with \"\"}}b{{else}}c{{end}}", "c")]
    [InlineData("{{with 0}}a{{else with 0}}b{{else with 3}}{{.}}{{end}}", "3")]
    [InlineData("{{with 1}}{{.}}{{else with 2}}x{{end}}", "1")]
    public void ElseWithChainsLikeElseIf(string text, string expected) => Assert.Equal(expected, Run(text));

    [Theory]
    [InlineData("{{range 3}}{{.}}{{end}}", "012")]
    [InlineData("{{range $i := 3}}[{{$i}}]{{end}}", "[0][1][2]")]
    [InlineData("{{range 0}}x{{else}}none{{end}}", "none")]
    [InlineData("{{range -2}}x{{else}}none{{end}}", "none")]
    [InlineData("{{range 5}}{{if eq . 2}}{{break}}{{end}}{{.}}{{end}}", "01")]
    [InlineData("{{range 3}}{{printf \"%T\" .}}{{end}}", "intintint")]
    public void RangeOverInteger(string text, string expected) => Assert.Equal(expected, Run(text));

    [Fact]
    public void RangeOverIntegerRejectsTwoVariables()
    {
        var e = Assert.Throws<TemplateException>(() => Run("{{range $i, $e := 3}}{{end}}"));
        Assert.Equal("template: t:1:18: executing \"t\" at <3>: can't use 3 to iterate over more than one variable", e.Message);
    }
}
