using GitOpsLint.Model.Helm;
using GitOpsLint.Tests.Model.References;

namespace GitOpsLint.Tests.Model.Helm;

public sealed class HelmChartTests
{
    private static HelmChart Chart()
    {
        var repository = ModelRepository.Load(new Dictionary<string, string>
        {
            ["charts/app/Chart.yaml"] = "apiVersion: v2\nname: app\nversion: 1.0.0\ndependencies:\n  - name: lib\n    version: 1.0.0\n    repository: file://../lib\n  - name: postgresql\n    alias: db\n    version: 1.0.0\n    repository: https://charts.example.com\n",
            ["charts/app/values.yaml"] = "image:\n  tag: \"\"\nannotations: {}\nports: []\nnothing:\n",
            ["charts/app/templates/a.yaml"] = "x: {{ .Values.extra.setting }}\ny: {{ toYaml .Values.whole }}\n",
            ["charts/lib/Chart.yaml"] = "apiVersion: v2\nname: lib\nversion: 1.0.0\ntype: library\n",
            ["charts/lib/templates/_x.tpl"] = "{{ .Values.fromLibrary }}\n",
        });
        var catalog = new HelmChartCatalog(repository);
        Assert.Equal(["charts/app", "charts/lib"], catalog.Directories);
        return catalog.Find("charts/app")!;
    }

    [Theory]
    [InlineData("image.tag")]
    [InlineData("annotations.anything")]
    [InlineData("ports.0")]
    [InlineData("nothing.below")]
    [InlineData("global.x")]
    [InlineData("db.auth.password")]
    [InlineData("extra.setting")]
    [InlineData("whole.any.depth")]
    [InlineData("fromLibrary")]
    public void KnownValues(string path) => Assert.True(Chart().Lookup(path.Split('.')).IsKnown);

    [Fact]
    public void UnknownValueWithSuggestion()
    {
        var lookup = Chart().Lookup(["image", "tga"]);
        Assert.False(lookup.IsKnown);
        Assert.Equal(1, lookup.UnknownIndex);
        Assert.Equal("tag", lookup.Suggestion);
    }

    [Fact]
    public void TemplateReadOfALeafDoesNotAcceptSiblings() => Assert.False(Chart().Lookup(["extra", "other"]).IsKnown);
}
