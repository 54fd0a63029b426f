using GitOpsLint.Analysis;
using GitOpsLint.Configuration;
using GitOpsLint.Engine;
using GitOpsLint.Rules.Tests.Infrastructure;
using GitOpsLint.Workspace;

namespace GitOpsLint.Rules.Tests.RepositoryWide;

/// <summary>The Flux, secrets, Rollouts, helmfile and repository rules on the committed example repositories.</summary>
public sealed class ExampleRepositoriesTests
{
    private static readonly Analyzer[] Analyzers = BuiltInAnalyzers.All
        .Where(a => a.SupportedDiagnostics.Any(d => int.Parse(d.Id[3..], System.Globalization.CultureInfo.InvariantCulture) is (>= 240 and <= 259) or (>= 401 and <= 449) or (>= 502 and <= 539) or (>= 801 and <= 839)))
        .ToArray();

    private static IReadOnlyList<string> Lint(string folder) =>
        LintEngine.Run(new LintRequest(new FileSystemWorkspace(folder), LintConfiguration.Default, Analyzers) { Today = new DateOnly(2026, 11, 28) }).Diagnostics
            .Select(d => $"{d.Id} {d.Location.Path}:{d.Location.Span.Start.Line}:{d.Location.Span.Start.Column}").ToArray();

    [Fact]
    public void SeedMonorepoMistakesAreFoundWhereMistakesMdPutsThem()
    {
        var findings = Lint(Path.Combine(FixturePaths.RepositoryRoot, "examples", "seed-monorepo"));

        // Rows of examples/seed-monorepo/MISTAKES.md (file:line:col) these rules cover.
        string[] expected =
        [
            "GOL508 apps/myapp/argo-app.yaml:26:17", "GOL244 apps/myapp/external-secret.yaml:9:11", "GOL507 apps/myapp/external-secret.yaml:12:11",
            "GOL246 apps/myapp/helmfile.yaml:19:12", "GOL247 apps/myapp/helmfile.yaml:21:9", "GOL247 apps/myapp/helmfile.yaml:23:15",
            "GOL821 apps/myapp/helmfile.yaml:6:1", "GOL410 apps/myapp/kustomization.yaml:3:7", "GOL409 apps/myapp/kustomization.yaml:9:9",
            "GOL240 apps/myapp/kustomization.yaml:13:11", "GOL245 apps/myapp/rollout.yaml:16:31", "GOL504 apps/myapp/sealed-secret.yaml:9:18",
            "GOL504 apps/myapp/sealed-secret.yaml:10:14", "GOL502 environments/dev/values.yaml:14:13", "GOL409 flux/apps-prod.yaml:9:9",
            "GOL240 flux/apps-prod.yaml:13:11", "GOL401 flux/helmrepository.yaml:8:13", "GOL410 flux/kustomization.yaml:3:7",
            "GOL409 flux/kustomization.yaml:9:9", "GOL240 flux/kustomization.yaml:13:11", "GOL411 flux/myapp-helmrelease.yaml:13:16",
            "GOL240 flux/myapp-helmrelease.yaml:16:15", "GOL404 flux/myapp-helmrelease.yaml:48:27", "GOL416 flux/myapp-oci.yaml:4:1",
            "GOL413 flux/myapp-oci.yaml:6:1", "GOL414 flux/myapp-oci.yaml:12:15", "GOL416 flux/myapp-oci.yaml:19:1",
            "GOL240 flux/redis-helmrelease.yaml:17:15", "GOL503 flux/redis-helmrelease.yaml:22:17",
        ];
        Assert.Empty(expected.Except(findings));

        // Also reported, on the same mistakes' lines or as notes: the unused helmfile repository (row 37), the
        // helmfile secrets needing helm-secrets (rows 40, 99), the canary weight on 1 replica (row 100).
        string[] additional = ["GOL822 apps/myapp/helmfile.yaml:3:11", "GOL508 apps/myapp/helmfile.yaml:23:15", "GOL806 apps/myapp/rollout.yaml:10:22"];
        Assert.Empty(findings.Except(expected).Except(additional));
    }

    [Theory]
    [InlineData("argocd-example-apps")]
    [InlineData("flux-kustomize-helm")]
    [InlineData("mixed-secrets")]
    public void CorrectRepositoriesHaveNoFindings(string repository) =>
        Assert.Empty(Lint(Path.Combine(FixturePaths.Root, "repos", repository)));
}
