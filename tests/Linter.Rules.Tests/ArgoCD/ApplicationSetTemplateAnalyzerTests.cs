using GitOpsLint.Rules.ArgoCD;
using GitOpsLint.Rules.Tests.Infrastructure;

namespace GitOpsLint.Rules.Tests.ArgoCD;

public sealed class ApplicationSetTemplateAnalyzerTests
{
    /// <summary>Line 5 spec, 6 goTemplate line (or blank comment), generators from line 7, template after them.</summary>
    private static string Set(string generators, string template, bool goTemplate = false, string options = "") =>
        "apiVersion: argoproj.io/v1alpha1\nkind: ApplicationSet\nmetadata:\n  name: apps\nspec:\n"
        + (goTemplate ? "  goTemplate: true\n" : "  # fasttemplate\n") + options
        + "  generators:\n" + generators + "  template:\n" + template;

    private static IReadOnlyList<GitOpsLint.Diagnostics.Diagnostic> Run(string manifest) =>
        RuleHarness.Run(new Dictionary<string, string> { ["apps/set.yaml"] = manifest }, new ApplicationSetTemplateAnalyzer());

    private const string ListGenerator = "    - list:\n        elements:\n          - cluster: a\n            env: prod\n          - cluster: b\n            env: prod\n";

    [Fact]
    public void CorrectFastTemplateSetIsClean() => Assert.Empty(Run(Set(ListGenerator,
        "    metadata:\n      name: 'app-{{ cluster }}-{{env}}'\n    spec:\n      destination:\n        namespace: '{{env}}'\n")));

    [Fact]
    public void CorrectGoTemplateSetIsClean() => Assert.Empty(Run(Set(
        "    - git:\n        repoURL: https://github.com/org/repo.git\n        directories:\n          - path: apps/*\n",
        "    metadata:\n      name: '{{ .path.basename }}'\n    spec:\n      source:\n        path: '{{ .path.path }}'\n      destination:\n        namespace: '{{ index .path.segments 1 | lower }}'\n",
        goTemplate: true, options: "  goTemplateOptions: [\"missingkey=error\"]\n")));

    [Fact]
    public void TemplateWithoutName()
    {
        var diagnostic = Assert.Single(Run(Set(ListGenerator, "    spec:\n      project: default\n")));
        Assert.Equal("GOL308 apps/set.yaml(14,3)", RuleHarness.Summarize([diagnostic])[0]);
        Assert.Contains("e.g. 'myapp-{{cluster}}'", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void DuplicateNamesAcrossListElements()
    {
        var diagnostic = Assert.Single(Run(Set(ListGenerator, "    metadata:\n      name: 'app-{{env}}'\n")));
        Assert.Equal("GOL309 apps/set.yaml(16,13)", RuleHarness.Summarize([diagnostic])[0]);
        Assert.StartsWith("the name template 'app-{{env}}' gives 'app-prod' for 2 generator elements", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void DuplicateNamesInGoTemplateMatrix()
    {
        var matrix = "    - matrix:\n        generators:\n          - list:\n              elements:\n                - env: prod\n                - env: dev\n          - list:\n              elements:\n                - region: eu\n                - region: us\n";
        var diagnostics = Run(Set(matrix, "    metadata:\n      name: 'app-{{ .env }}'\n", goTemplate: true, options: "  goTemplateOptions: [missingkey=error]\n"));
        Assert.Equal(2, diagnostics.Count(d => d.Id == "GOL309"));
        Assert.Empty(Run(Set(matrix, "    metadata:\n      name: 'app-{{ .env }}-{{ .region }}'\n", goTemplate: true, options: "  goTemplateOptions: [missingkey=error]\n")));
    }

    [Fact]
    public void ParameterNoGeneratorProvides()
    {
        var clusters = "    - clusters:\n        values:\n          environment: prod\n";
        var diagnostics = Run(Set(clusters, "    metadata:\n      name: '{{name}}-{{ values.environment }}'\n    spec:\n      source:\n        helm:\n          parameters:\n            - name: image.tag\n              value: \"{{ values.image.tag }}\"\n      destination:\n        server: '{{server}}'\n        namespace: '{{metadata.labels.team}}'\n"));
        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal("GOL310 apps/set.yaml(19,22)", RuleHarness.Summarize([diagnostic])[0]);
        Assert.StartsWith("'values.image.tag' is not a parameter of this ApplicationSet's generators (name, nameNormalized, project, server, values.environment)", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void GeneratorsWithExternalParametersDisableTheCheck() => Assert.Empty(Run(Set(
        "    - git:\n        repoURL: https://github.com/org/repo.git\n        files:\n          - path: config/*.json\n",
        "    metadata:\n      name: '{{cluster.name}}'\n")));

    [Fact]
    public void GoSyntaxUnderFastTemplate()
    {
        // Left unreplaced, the tag also gives both elements the same name.
        var diagnostics = Run(Set(ListGenerator, "    metadata:\n      name: 'app-{{ .cluster }}'\n"));
        Assert.Equal(["GOL309", "GOL311"], diagnostics.Select(d => d.Id).Order().ToArray());
        var diagnostic = diagnostics.Single(d => d.Id == "GOL311");
        Assert.Equal("GOL311 apps/set.yaml(16,13)", RuleHarness.Summarize([diagnostic])[0]);
        Assert.Equal("'{{ .cluster }}' is Go template syntax, but this ApplicationSet uses fasttemplate (goTemplate is not set); fasttemplate leaves it unreplaced: write {{cluster}} or set goTemplate: true", diagnostic.Message);
    }

    [Fact]
    public void FastTemplateSyntaxUnderGoTemplate()
    {
        var diagnostics = Run(Set(ListGenerator, "    metadata:\n      name: 'app-{{cluster}}-{{ .nope }}'\n", goTemplate: true, options: "  goTemplateOptions: [\"missingkey=error\"]\n"));
        Assert.Equal(["GOL310 apps/set.yaml(17,13)", "GOL311 apps/set.yaml(17,13)"], RuleHarness.Summarize(diagnostics));
    }

    [Fact]
    public void GoTemplateWithoutMissingKeyError()
    {
        var diagnostics = Run(Set(ListGenerator, "    metadata:\n      name: 'app-{{ .cluster }}'\n", goTemplate: true));
        Assert.Equal(["GOL312 apps/set.yaml(6,15)"], RuleHarness.Summarize(diagnostics));
    }
}
