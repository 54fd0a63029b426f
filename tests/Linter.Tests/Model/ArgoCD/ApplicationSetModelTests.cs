using GitOpsLint.Model.ArgoCD;
using GitOpsLint.Tests.Model.References;

namespace GitOpsLint.Tests.Model.ArgoCD;

public sealed class ApplicationSetModelTests
{
    private static ArgoApplicationSet Load(string generators) =>
        ArgoApplicationSet.From(ModelRepository.Load(new Dictionary<string, string>
        {
            ["set.yaml"] = "apiVersion: argoproj.io/v1alpha1\nkind: ApplicationSet\nmetadata:\n  name: s\nspec:\n  generators:\n" + generators + "  template:\n    metadata:\n      name: x\n",
        }).Objects[0])!;

    [Fact]
    public void NestedMatrixParametersAreUnited()
    {
        var set = Load("    - matrix:\n        generators:\n          - clusters:\n              values:\n                env: prod\n          - git:\n              repoURL: r\n              directories:\n                - path: apps/*\n");
        Assert.Equal(["clusters", "git"], set.AllGenerators().Skip(1).Select(g => g.Kind));
        var fast = GeneratorParameters.For(set.Generators, goTemplate: false);
        Assert.False(fast.IsOpen);
        Assert.True(fast.Provides("values.env", false));
        Assert.True(fast.Provides("path[2]", false));
        Assert.True(fast.Provides("metadata.labels.team", false));
        Assert.False(fast.Provides("values.environment", false));
        var go = GeneratorParameters.For(set.Generators, goTemplate: true);
        Assert.True(go.Provides("path.segments", true));
        Assert.True(go.Provides("values", true));
        Assert.True(go.Provides("metadata.labels", true));
        Assert.False(go.Provides("path", false));
    }

    [Fact]
    public void ListElementsAreEnumeratedAndRendered()
    {
        var set = Load("    - list:\n        elements:\n          - cluster: a\n            meta:\n              region: eu\n");
        var element = Assert.Single(GeneratorElements.Enumerate(set.Generators[0])!);
        Assert.Equal("eu", element["meta.region"]);
        Assert.Equal("app-a-eu", ApplicationSetTemplateRenderer.TryRender("app-{{ cluster }}-{{meta.region}}", element, goTemplate: false, missingKeyError: false));
        Assert.Equal("app-{{nope}}", ApplicationSetTemplateRenderer.TryRender("app-{{nope}}", element, goTemplate: false, missingKeyError: false));
        Assert.Equal("app-a-eu", ApplicationSetTemplateRenderer.TryRender("app-{{ .cluster }}-{{- .meta.region -}}", element, goTemplate: true, missingKeyError: true));
        Assert.Null(ApplicationSetTemplateRenderer.TryRender("app-{{ .cluster | upper }}", element, goTemplate: true, missingKeyError: true));
    }

    [Theory]
    [InlineData("index .path.segments 1", "path.segments")]
    [InlineData(".values.env | default \"x.y\"", "values.env")]
    [InlineData("$.name", "")]
    public void GoFieldChains(string action, string expected) => Assert.Equal(expected, string.Join(',', GoTemplateAction.FieldChains(action)));

    [Fact]
    public void TagsAreFound()
    {
        var tags = TemplateTag.FindAll("a-{{ x }}-{{- .y -}}-{{open");
        Assert.Equal(["x", ".y"], tags.Select(t => t.Trimmed));
        Assert.Equal(2, tags[0].Offset);
    }
}
