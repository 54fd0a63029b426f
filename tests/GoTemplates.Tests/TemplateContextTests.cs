using GoTemplates.Runtime;

namespace GoTemplates.Tests;

/// <summary>How a host (Helm's engine) registers include and tpl on top of <see cref="TemplateContext"/>.</summary>
public sealed class TemplateContextTests
{
    private static TemplateSet HelmLikeSet()
    {
        var set = new TemplateSet("gotpl", new TemplateOptions { MissingKey = MissingKeyMode.Zero });
        set.AddFunctions(new Dictionary<string, GoFunction>
        {
            ["include"] = GoFunctions.WithContext("include", [GoType.String, GoType.Interface], false, GoType.String, true,
                (context, a) => context.ExecuteTemplate((string)a[0]!, a[1])),
            ["tpl"] = GoFunctions.WithContext("tpl", [GoType.String, GoType.Interface], false, GoType.String, true,
                (context, a) =>
                {
                    var clone = context.Set.Clone();
                    clone.Parse("gotpl", (string)a[0]!);
                    return context.ExecuteTemplate(clone, "gotpl", a[1]);
                }),
            ["depth"] = GoFunctions.WithContext("depth", [], false, GoType.Int, false, (context, _) => (nint)context.Depth),
        });
        return set;
    }

    [Fact]
    public void IncludeRendersADefineOfTheSameSet()
    {
        var set = HelmLikeSet();
        set.Parse("_helpers.tpl", "{{define \"name\"}}app-{{.}}{{end}}");
        set.Parse("main.yaml", "name: {{include \"name\" \"x\" | printf \"%q\"}} depth={{depth}}/{{include \"d\" .}}{{define \"d\"}}{{depth}}{{end}}");
        Assert.Equal("name: \"app-x\" depth=0/1", set.Execute("main.yaml", null));
    }

    [Fact]
    public void IncludeErrorsAreWrappedLikeGo()
    {
        var set = HelmLikeSet();
        set.Parse("main.yaml", "{{define \"bad\"}}{{.a.b}}{{end}}{{include \"bad\" .}}");
        var e = Assert.Throws<TemplateException>(() => set.Execute("main.yaml", new Dictionary<string, object?> { ["a"] = null }));
        Assert.Equal("template: main.yaml:1:33: executing \"main.yaml\" at <include \"bad\" .>: error calling include: "
            + "template: main.yaml:1:20: executing \"bad\" at <.a.b>: nil pointer evaluating interface {}.b", e.Message);
    }

    [Fact]
    public void IncludeOfAnUnknownTemplate()
    {
        var set = HelmLikeSet();
        set.Parse("main.yaml", "{{include \"nope\" .}}");
        var e = Assert.Throws<TemplateException>(() => set.Execute("main.yaml", null));
        Assert.Equal("template: main.yaml:1:2: executing \"main.yaml\" at <include \"nope\" .>: error calling include: template: no template \"nope\" associated with template \"gotpl\"", e.Message);
    }

    [Fact]
    public void TplParsesIntoACloneAndSeesExistingDefines()
    {
        var set = HelmLikeSet();
        set.Parse("_helpers.tpl", "{{define \"greet\"}}hi {{.}}{{end}}");
        set.Parse("main.yaml", "{{tpl \"{{define \\\"local\\\"}}L{{end}}{{include \\\"greet\\\" .}} {{template \\\"local\\\"}}\" \"bob\"}}");
        Assert.Equal("hi bob L", set.Execute("main.yaml", null));
        Assert.False(set.Contains("local"));
    }

    [Fact]
    public void ItemsAreSharedAcrossNestedExecutions()
    {
        var set = new TemplateSet();
        set.AddFunctions(new Dictionary<string, GoFunction>
        {
            ["count"] = GoFunctions.WithContext("count", [], false, GoType.Int, false, (context, _) =>
            {
                nint n = context.Items.TryGetValue("n", out var v) ? (nint)v! + 1 : 1;
                context.Items["n"] = n;
                return n;
            }),
            ["include"] = GoFunctions.WithContext("include", [GoType.String, GoType.Interface], false, GoType.String, true,
                (context, a) => context.ExecuteTemplate((string)a[0]!, a[1])),
        });
        set.Parse("t", "{{define \"c\"}}{{count}}{{end}}{{count}}{{include \"c\" .}}{{include \"c\" .}}");
        Assert.Equal("123", set.Execute("t", null));
        Assert.Equal("123", set.Execute("t", null));
    }
}
