namespace GoTemplates.Tests;

public sealed class TemplateSetTests
{
    [Fact]
    public void DefinitionsAreSharedAcrossParsedTextsAndLaterOnesWin()
    {
        var set = new TemplateSet("root");
        set.Parse("a.txt", "{{define \"x\"}}first{{end}}A:{{template \"x\"}}");
        set.Parse("b.txt", "{{define \"x\"}}second{{end}}B:{{template \"x\"}}");
        Assert.Equal("A:second", set.Execute("a.txt", null));
        Assert.Equal(["a.txt", "b.txt", "x"], set.TemplateNames);
        Assert.True(set.Contains("x"));
        Assert.False(set.Contains("y"));
    }

    [Fact]
    public void EmptyRedefinitionDoesNotReplace()
    {
        var set = new TemplateSet();
        set.Parse("a", "{{define \"x\"}}kept{{end}}");
        set.Parse("b", "{{define \"x\"}}  {{end}}{{template \"x\"}}");
        Assert.Equal("kept", set.Execute("b", null));
    }

    [Fact]
    public void CloneIsIndependent()
    {
        var set = new TemplateSet();
        set.Parse("main", "{{define \"d\"}}orig{{end}}");
        var clone = set.Clone();
        clone.Parse("main", "{{define \"d\"}}changed{{end}}{{template \"d\"}}");
        Assert.Equal("changed", clone.Execute("main", null));
        Assert.Equal("", set.Execute("main", null));
        set.Parse("other", "{{template \"d\"}}");
        Assert.Equal("orig", set.Execute("other", null));
    }

    [Fact]
    public void ExecutingAnUnknownTemplateFailsLikeGo()
    {
        var e = Assert.Throws<TemplateException>(() => new TemplateSet("gotpl").Execute("nope", null));
        Assert.Equal("template: no template \"nope\" associated with template \"gotpl\"", e.Message);
    }

    [Fact]
    public void ExecuteWritesToTextWriter()
    {
        var set = new TemplateSet();
        set.Parse("t", "{{.}}!");
        var writer = new StringWriter();
        set.Execute("t", "hi", writer);
        Assert.Equal("hi!", writer.ToString());
    }

    [Fact]
    public void ParseErrorCarriesNameAndLine()
    {
        var e = Assert.Throws<TemplateException>(() => new TemplateSet().Parse("file.yaml", "a\nb\n{{ if }}"));
        Assert.Equal("template: file.yaml:3: missing value for if", e.Message);
        Assert.Equal("file.yaml", e.TemplateName);
        Assert.Equal(3, e.Line);
    }

    [Fact]
    public void ExecutionErrorCarriesLineAndColumn()
    {
        var set = new TemplateSet();
        set.Parse("f", "x\n  {{ .a.b }}");
        var e = Assert.Throws<TemplateException>(() => set.Execute("f", new Dictionary<string, object?> { ["a"] = null }));
        Assert.Equal("template: f:2:7: executing \"f\" at <.a.b>: nil pointer evaluating interface {}.b", e.Message);
        Assert.Equal((2, 7), (e.Line, e.Column!.Value));
    }

    [Fact]
    public void DefinedTemplateErrorsNameTheDefinitionButPointIntoTheFile()
    {
        var set = new TemplateSet();
        set.Parse("file", "{{define \"inner\"}}\n{{.x.y}}{{end}}");
        set.Parse("main", "{{template \"inner\" .}}");
        var e = Assert.Throws<TemplateException>(() => set.Execute("main", new Dictionary<string, object?> { ["x"] = null }));
        Assert.Equal("template: file:2:4: executing \"inner\" at <.x.y>: nil pointer evaluating interface {}.y", e.Message);
    }
}
