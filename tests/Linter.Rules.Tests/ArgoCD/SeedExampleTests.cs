using GitOpsLint.Configuration;
using GitOpsLint.Engine;
using GitOpsLint.Rules.Tests.Infrastructure;
using GitOpsLint.Workspace;

namespace GitOpsLint.Rules.Tests.ArgoCD;

/// <summary>The reference and Argo CD rules on the example repositories: the seed's mistakes on their lines, nothing on the correct ones.</summary>
public sealed class SeedExampleTests
{
    /// <summary>MISTAKES.md rows these rules find (row number → expected rule).</summary>
    private static readonly Dictionary<int, string> CoveredRows = new()
    {
        [6] = "GOL308", [7] = "GOL305", [8] = "GOL305", [9] = "GOL305", [17] = "GOL305", [18] = "GOL305",
        [30] = "GOL203", [31] = "GOL203", [32] = "GOL204", [33] = "GOL203", [42] = "GOL203", [43] = "GOL203",
        [53] = "GOL301", [54] = "GOL310", [55] = "GOL310", [56] = "GOL316", [57] = "GOL301", [59] = "GOL317",
        [60] = "GOL316", [61] = "GOL317", [65] = "GOL317", [66] = "GOL317", [67] = "GOL317",
    };

    private static IReadOnlyList<Diagnostics.Diagnostic> Lint(string root) =>
        LintEngine.Run(new LintRequest(new FileSystemWorkspace(root), LintConfiguration.Default, BuiltInAnalyzers.All
            .Where(a => a.GetType().Namespace is "GitOpsLint.Rules.ArgoCD" or "GitOpsLint.Rules.References").ToArray())).Diagnostics;

    [Fact]
    public void CoveredMistakesOfTheSeedAreFoundOnTheirLines()
    {
        var root = Path.Combine(FixturePaths.RepositoryRoot, "examples", "seed-monorepo");
        var found = Lint(root).Select(d => $"{d.Id} {d.Location.Path}:{d.Location.Span.Start.Line}:{d.Location.Span.Start.Column}").ToHashSet();
        var expected = File.ReadAllLines(Path.Combine(root, "MISTAKES.md"))
            .Select(line => line.Split('|').Select(cell => cell.Trim()).ToArray())
            .Where(cells => cells.Length > 6 && int.TryParse(cells[1], out var row) && CoveredRows.ContainsKey(row))
            .Select(cells => $"{CoveredRows[int.Parse(cells[1], System.Globalization.CultureInfo.InvariantCulture)]} {cells[2].Trim('`')}:{cells[3]}:{cells[4]}")
            .ToArray();

        Assert.Equal(CoveredRows.Count, expected.Length);
        Assert.Equal([], expected.Where(e => !found.Contains(e)).ToArray());
    }

    [Fact]
    public void SeedValueFileFindingSuggestsTheEnvironmentFile()
    {
        var root = Path.Combine(FixturePaths.RepositoryRoot, "examples", "seed-monorepo");
        var messages = Lint(root).Select(d => $"{d.Id} {d.Location} {d.Message}").ToArray();
        Assert.Contains("GOL203 apps/myapp/argo-app.yaml(18,11) value file 'environments/prod/values.yaml' does not exist: Argo CD resolves it relative to the source path 'charts/myapp' (charts/myapp/environments/prod/values.yaml), so manifest generation fails; use '../../environments/prod/values.yaml'", messages);
        Assert.Contains("GOL203 apps/myapp/promotion-staging.yaml(13,11) value file 'values/staging.yaml' does not exist: Argo CD resolves it relative to the source path 'charts/myapp' (charts/myapp/values/staging.yaml), so manifest generation fails; use '../../environments/staging/values.yaml'", messages);
    }

    [Theory]
    [InlineData("argocd-example-apps")]
    [InlineData("flux-kustomize-helm")]
    [InlineData("mixed-secrets")]
    public void CorrectRepositoriesHaveNoFinding(string name) =>
        Assert.Empty(Lint(Path.Combine(FixturePaths.Root, "repos", name)).Select(d => $"{d.Id} {d.Location} {d.Message}"));
}
