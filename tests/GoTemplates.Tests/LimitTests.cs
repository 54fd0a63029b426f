using System.Text;
using GoTemplates.Runtime;

namespace GoTemplates.Tests;

/// <summary>Hostile templates end in a <see cref="TemplateException"/>: never a stack overflow, a hang or exhausted memory.</summary>
public sealed class LimitTests
{
    [Fact]
    public void InfiniteTemplateRecursionHitsTheDepthLimit()
    {
        var set = new TemplateSet("t", new TemplateOptions { MaxTemplateDepth = 200 });
        set.Parse("t", "{{define \"r\"}}{{template \"r\" .}}{{end}}{{template \"r\" .}}");
        var e = Assert.Throws<TemplateException>(() => set.Execute("t", null));
        Assert.Equal("template: t:1:25: executing \"r\" at <{{template \"r\" .}}>: exceeded maximum template depth (200)", e.Message);
    }

    [Fact]
    public void DefaultDepthLimitDoesNotOverflowTheStack()
    {
        var set = new TemplateSet();
        set.Parse("t", "{{define \"r\"}}{{if true}}{{with .}}{{range .}}{{end}}{{end}}{{template \"r\" .}}{{end}}{{end}}{{template \"r\" .}}");
        Assert.Contains("exceeded maximum template depth (1000)", Assert.Throws<TemplateException>(() => set.Execute("t", null)).Message);
    }

    [Fact]
    public void InfiniteIncludeRecursionThroughAContextFunctionIsStopped()
    {
        var set = new TemplateSet("t", new TemplateOptions { MaxTemplateDepth = 100 });
        set.AddFunctions(new Dictionary<string, GoFunction>
        {
            ["include"] = GoFunctions.WithContext("include", [GoType.String, GoType.Interface], false, GoType.String, true,
                (context, a) => context.ExecuteTemplate((string)a[0]!, a[1])),
        });
        set.Parse("t", "{{define \"r\"}}{{include \"r\" .}}{{end}}{{include \"r\" .}}");
        var e = Assert.Throws<TemplateLimitException>(() => set.Execute("t", null));
        Assert.Contains("exceeded maximum template depth (100)", e.Message);
    }

    [Fact]
    public void IncludeRecursionAtTheDefaultDepthEndsInAnError()
    {
        var set = new TemplateSet("t");
        set.AddFunctions(new Dictionary<string, GoFunction>
        {
            ["include"] = GoFunctions.WithContext("include", [GoType.String, GoType.Interface], false, GoType.String, true,
                (context, a) => context.ExecuteTemplate((string)a[0]!, a[1])),
        });
        set.Parse("t", "{{define \"r\"}}{{if true}}{{with 1}}{{include \"r\" .}}{{end}}{{end}}{{end}}{{include \"r\" .}}");
        Assert.ThrowsAny<TemplateException>(() => set.Execute("t", null));
    }

    [Fact]
    public void PrintingDeeplyNestedDataEndsInAnError()
    {
        object? nested = "leaf";
        for (int i = 0; i < 1_000_000; i++) nested = new List<object?> { nested };
        var set = new TemplateSet();
        set.Parse("t", "{{.}}");
        var e = Assert.Throws<TemplateLimitException>(() => set.Execute("t", nested));
        Assert.Contains("exceeded the available stack depth", e.Message);
    }

    [Fact]
    public void StepLimitStopsLongLoops()
    {
        var set = new TemplateSet("t", new TemplateOptions { MaxSteps = 10_000 });
        set.Parse("t", "{{range 1000000}}{{range 1000000}}x{{end}}{{end}}");
        Assert.Contains("execution exceeded the step limit (10000)", Assert.Throws<TemplateLimitException>(() => set.Execute("t", null)).Message);
    }

    [Fact]
    public void OutputLimitStopsHugeOutput()
    {
        var set = new TemplateSet("t", new TemplateOptions { MaxOutputLength = 1000 });
        set.Parse("t", "{{range 100000}}0123456789{{end}}");
        Assert.Contains("output exceeded the limit of 1000 characters", Assert.Throws<TemplateLimitException>(() => set.Execute("t", null)).Message);
    }

    [Fact]
    public void TimeoutStopsExecution()
    {
        var set = new TemplateSet("t", new TemplateOptions { Timeout = TimeSpan.FromMilliseconds(50), MaxSteps = long.MaxValue, MaxOutputLength = long.MaxValue });
        set.Parse("t", "{{range 100000000}}{{range 100000000}}{{end}}{{end}}");
        Assert.Contains("execution exceeded the time limit", Assert.Throws<TemplateLimitException>(() => set.Execute("t", null)).Message);
    }

    [Fact]
    public void CancellationStopsExecution()
    {
        var set = new TemplateSet("t", new TemplateOptions { MaxSteps = long.MaxValue });
        set.Parse("t", "{{range 100000000}}{{end}}");
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();
        Assert.Contains("execution was cancelled", Assert.Throws<TemplateLimitException>(() => set.Execute("t", null, cancelled.Token)).Message);
    }

    [Fact]
    public void DeeplyNestedParenthesesAreAParseError()
    {
        string text = "{{" + new string('(', 100_000) + "1" + new string(')', 100_000) + "}}";
        var e = Assert.Throws<TemplateException>(() => new TemplateSet().Parse("t", text));
        Assert.Equal("template: t:1: max expression depth exceeded", e.Message);
    }

    [Fact]
    public void DeeplyNestedControlsAreAParseError()
    {
        var text = new StringBuilder();
        for (int i = 0; i < 100_000; i++) text.Append("{{if true}}");
        var e = Assert.Throws<TemplateException>(() => new TemplateSet().Parse("t", text.ToString()));
        Assert.Equal("template: t:1: max expression depth exceeded", e.Message);
    }

    [Fact]
    public void NestingWithinTheLimitParsesAndRuns()
    {
        string text = "{{" + new string('(', 500) + "1" + new string(')', 500) + "}}";
        var set = new TemplateSet();
        set.Parse("t", text);
        Assert.Equal("1", set.Execute("t", null));
    }
}
