using GitOpsLint.Rules.References;
using GitOpsLint.Rules.Tests.Infrastructure;

namespace GitOpsLint.Rules.Tests.References;

public sealed class KustomizeReferenceAnalyzerTests
{
    private static readonly Dictionary<string, string> Base = new()
    {
        ["base/kustomization.yaml"] = "resources:\n  - deployment.yaml\n",
        ["base/deployment.yaml"] = "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\n",
        ["overlays/prod/patch.yaml"] = "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\n",
        ["overlays/prod/app.env"] = "A=1\n",
    };

    private static IReadOnlyList<GitOpsLint.Diagnostics.Diagnostic> Run(string overlay)
    {
        var files = new Dictionary<string, string>(Base) { ["overlays/prod/kustomization.yaml"] = overlay };
        return RuleHarness.Run(files, new KustomizeReferenceAnalyzer(), new SourceReferenceAnalyzer());
    }

    [Fact]
    public void CorrectOverlayHasNoFinding() => Assert.Empty(Run(
        "resources:\n  - ../../base\n  - https://github.com/org/repo//deploy?ref=v1\npatches:\n  - path: patch.yaml\n  - patch: |-\n      - op: add\nconfigMapGenerator:\n  - name: app\n    envs: [app.env]\n    files:\n      - config=app.env\n"));

    [Fact]
    public void MissingResourceFileIsReportedOnTheEntry()
    {
        var diagnostic = Assert.Single(Run("resources:\n  - ../../base\n  - service.yaml\n"));
        Assert.Equal("GOL205 overlays/prod/kustomization.yaml(3,5)", RuleHarness.Summarize([diagnostic])[0]);
        Assert.Equal("resources entry 'service.yaml' does not exist (overlays/prod/service.yaml); `kustomize build` (and Argo CD, Flux) fail on this kustomization: fix the path or remove the entry", diagnostic.Message);
    }

    [Fact]
    public void FolderWithoutKustomizationIsReported()
    {
        var diagnostic = Assert.Single(Run("resources:\n  - ../../overlays\n"));
        Assert.Contains("is a folder without a kustomization.yaml", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void MissingPatchAndGeneratorFilesWithSuggestion()
    {
        var diagnostics = Run("resources:\n  - ../../base\npatches:\n  - path: prod/patch.yaml\nconfigMapGenerator:\n  - name: app\n    files:\n      - config=missing.env\n");
        Assert.Equal(["GOL205 overlays/prod/kustomization.yaml(4,11)", "GOL205 overlays/prod/kustomization.yaml(8,9)"], RuleHarness.Summarize(diagnostics));
        Assert.Equal("../prod/patch.yaml", diagnostics[0].Fix!.Edits[0].NewText);
    }

    [Fact]
    public void PathAboveRootIsReported()
    {
        var diagnostic = Assert.Single(Run("resources:\n  - ../../../outside\n"));
        Assert.Equal("GOL206", diagnostic.Id);
    }

    [Fact]
    public void FluxKustomizationInKustomizationYamlIsNotReadAsKustomize()
    {
        var files = new Dictionary<string, string>
        {
            ["apps/kustomization.yaml"] = "apiVersion: kustomize.toolkit.fluxcd.io/v1\nkind: Kustomization\nmetadata:\n  name: apps\nspec:\n  path: ./nothing\n",
        };
        Assert.Empty(RuleHarness.Run(files, new KustomizeReferenceAnalyzer()));
    }
}
