using GitOpsLint.Configuration;
using GitOpsLint.Engine;
using GitOpsLint.Rules.Schema;
using GitOpsLint.Rules.Tests.Infrastructure;
using GitOpsLint.Workspace;

namespace GitOpsLint.Rules.Tests.Schema;

/// <summary>The schema rules on the example repositories: the seed's 1xx mistakes on their lines, nothing on the correct ones.</summary>
public sealed class SeedExampleTests
{
    private static IReadOnlyList<Diagnostics.Diagnostic> Lint(string root) =>
        LintEngine.Run(new LintRequest(new FileSystemWorkspace(root), LintConfiguration.Default, [new SchemaValidationAnalyzer(), new ApiLifecycleAnalyzer()])).Diagnostics;

    [Fact]
    public void EverySchemaMistakeOfTheSeedIsFoundOnItsLine()
    {
        var root = Path.Combine(FixturePaths.RepositoryRoot, "examples", "seed-monorepo");
        var found = Lint(root).Select(d => $"{d.Location.Path}:{d.Location.Span.Start.Line}:{d.Location.Span.Start.Column}").ToHashSet();

        // The 1xx rows of MISTAKES.md: | # | `file` | line | col | 1xx | ...
        var expected = File.ReadAllLines(Path.Combine(root, "MISTAKES.md"))
            .Select(line => line.Split('|').Select(cell => cell.Trim()).ToArray())
            .Where(cells => cells.Length > 6 && cells[5] == "1xx")
            .Select(cells => $"{cells[2].Trim('`')}:{cells[3]}:{cells[4]}")
            .ToArray();

        Assert.True(expected.Length >= 20, "MISTAKES.md lists the schema mistakes");
        Assert.Equal([], expected.Where(e => !found.Contains(e)).ToArray());
    }

    [Fact]
    public void SeedFindingsHaveExactMessages()
    {
        var root = Path.Combine(FixturePaths.RepositoryRoot, "examples", "seed-monorepo");
        var messages = Lint(root).Select(d => $"{d.Id} {d.Location} {d.Message}").ToArray();
        Assert.Contains("GOL101 apps/myapp/revision-history-app.yaml(13,5) `revisionHistoryLimit` is not allowed in `spec.source`; it belongs in `spec`", messages);
        Assert.Contains("GOL101 flux/apps-prod.yaml(19,5) `substituteWith` is not allowed in `spec.postBuild`; allowed fields: substitute, substituteFrom", messages);
        Assert.Contains("GOL102 apps/myapp/appset.yaml(14,11) `spec.generators[0].clusters.values.values` must be a string, found a mapping; nested mappings are not allowed here: write a single text value", messages);
        Assert.Contains("GOL111 apps/myapp/external-secret.yaml(2,13) external-secrets.io/v1beta1 ExternalSecret is not served: ExternalSecret's CustomResourceDefinition no longer serves it; use external-secrets.io/v1", messages);
        Assert.Contains("GOL110 flux/myapp-helmrelease.yaml(2,13) helm.toolkit.fluxcd.io/v2beta1 HelmRelease is deprecated: its CustomResourceDefinition warns \"v2beta1 HelmRelease is deprecated, upgrade to v2\"; use helm.toolkit.fluxcd.io/v2", messages);
    }

    [Theory]
    [InlineData("argocd-example-apps")]
    [InlineData("flux-kustomize-helm")]
    [InlineData("mixed-secrets")]
    public void CorrectRepositoriesHaveNoFinding(string name)
    {
        var root = Path.Combine(FixturePaths.Root, "repos", name);

        // A kind without shipped schema (cert-manager's ClusterIssuer) is a note by design, not a problem of the repository.
        Assert.Empty(Lint(root).Where(d => d.Id != "GOL106").Select(d => $"{d.Id} {d.Location} {d.Message}"));
    }
}
