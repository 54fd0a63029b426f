using GitOpsLint.Rendering.Units;
using GitOpsLint.Tests.Rendering.Units;

namespace GitOpsLint.Tests.Rendering.Flux;

public sealed class HelmReleaseRendererTests
{
    private const string Chart = "apiVersion: v2\nname: web\nversion: 1.0.0\n";
    private const string Template = "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  template:\n    spec:\n      containers:\n      - name: web\n        image: nginx\n";

    private static UnitRenderResult Render(GitOpsLint.Model.Repository repository, RecordingChartRenderer helm) =>
        UnitRenderer.Render(UnitCatalog.Discover(repository).Units.Single(u => u.Kind == UnitKind.FluxHelmRelease), repository, new UnitOptions { ChartRenderer = helm });

    private static string Release(string spec) =>
        "apiVersion: helm.toolkit.fluxcd.io/v2\nkind: HelmRelease\nmetadata:\n  name: web\n  namespace: apps\nspec:\n  chart:\n    spec:\n      chart: ./charts/web\n      sourceRef:\n        kind: GitRepository\n        name: flux-system\n        namespace: flux-system\n" + spec;

    [Fact]
    public void Values_compose_values_from_in_order_then_inline_values_and_the_release_is_named_as_flux_names_it()
    {
        var helm = new RecordingChartRenderer();
        var repository = TestRepository.Load(
            ("charts/web/Chart.yaml", Chart),
            ("charts/web/templates/deploy.yaml", Template),
            ("config-web.yaml", "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: web-values\n  namespace: apps\ndata:\n  values.yaml: |\n    replicas: 2\n    image:\n      tag: v1\n"),
            ("secret.yaml", "apiVersion: v1\nkind: Secret\nmetadata:\n  name: web-secret\n  namespace: apps\nstringData:\n  token: s3cr3t\n"),
            ("release.yaml", Release("  targetNamespace: prod\n  install:\n    crds: Skip\n  valuesFrom:\n    - kind: ConfigMap\n      name: web-values\n    - kind: Secret\n      name: web-secret\n      valuesKey: token\n      targetPath: auth.token\n    - kind: ConfigMap\n      name: optional\n      optional: true\n  values:\n    image:\n      tag: v2\n")));

        var result = Render(repository, helm);

        Assert.Empty(result.Problems.Select(p => p.ToString()));
        var (chart, options) = Assert.Single(helm.Calls);
        Assert.Equal(("charts/web", "prod-web", "prod", false), (chart, options.ReleaseName, options.Namespace, options.IncludeCrds));
        Assert.Equal(["{\"replicas\":2,\"image\":{\"tag\":\"v2\"},\"auth\":{\"token\":\"s3cr3t\"}}"], options.ValueDocuments);
        Assert.Equal("Deployment web", Assert.Single(result.Objects).Object.DisplayName);
    }

    [Fact]
    public void Kustomize_post_renderers_patch_the_manifests_and_keep_template_positions()
    {
        var helm = new RecordingChartRenderer();
        var repository = TestRepository.Load(
            ("charts/web/Chart.yaml", Chart),
            ("charts/web/templates/deploy.yaml", Template),
            ("release.yaml", Release("  postRenderers:\n    - kustomize:\n        patches:\n          - target:\n              kind: Deployment\n            patch: |\n              - op: add\n                path: /metadata/annotations\n                value:\n                  rollme: \"{{ randAlphaNum 5 }}\"\n        images:\n          - name: nginx\n            newTag: \"1.27\"\n")));

        var result = Render(repository, helm);

        Assert.Empty(result.Problems);
        var deployment = Assert.Single(result.Objects).Object;
        Assert.Equal("{{ randAlphaNum 5 }}", deployment.GetAnnotation("rollme"));
        Assert.Equal("nginx:1.27", deployment.Root.Navigate("/spec/template/spec/containers/0/image")!.ToString());
        var name = deployment.LocationOf(deployment.Root.Navigate("/spec/template/spec/containers/0/name")!);
        Assert.Equal(("charts/web/templates/deploy.yaml", 9), (name.Path, name.Span.Start.Line));
        var tag = deployment.LocationOf(deployment.Root.Navigate("/spec/template/spec/containers/0/image")!);
        Assert.Equal("release.yaml", tag.Path);
    }

    [Fact]
    public void A_chart_error_and_a_missing_chart_folder_are_positioned_problems()
    {
        var broken = new RecordingChartRenderer { Error = "template: web/templates/broken.yaml:3: function \"nope\" not defined" };
        var repository = TestRepository.Load(("charts/web/Chart.yaml", Chart), ("release.yaml", Release(string.Empty)));
        var noChart = TestRepository.Load(("charts/web/values.yaml", "a: 1\n"), ("release.yaml", Release(string.Empty)));

        var failed = Assert.Single(Render(repository, broken).Problems);
        var missing = Assert.Single(Render(noChart, new RecordingChartRenderer()).Problems);

        Assert.Equal((UnitProblemCode.RenderFailed, "charts/web/templates/broken.yaml", 3), (failed.Code, failed.Location.Path, failed.Location.Span.Start.Line));
        Assert.Equal((UnitProblemCode.Missing, "release.yaml", 9, 14), (missing.Code, missing.Location.Path, missing.Location.Span.Start.Line, missing.Location.Span.Start.Column));
    }

    [Fact]
    public void A_helm_repository_chart_without_a_mirror_is_one_note()
    {
        var repository = TestRepository.Load(("release.yaml", "apiVersion: helm.toolkit.fluxcd.io/v2\nkind: HelmRelease\nmetadata:\n  name: redis\nspec:\n  chart:\n    spec:\n      chart: redis\n      sourceRef:\n        kind: HelmRepository\n        name: bitnami\n"));

        var problem = Assert.Single(Render(repository, new RecordingChartRenderer()).Problems);

        Assert.Equal((UnitProblemCode.NotRenderableOffline, UnitProblemSeverity.Note, 8, 14), (problem.Code, problem.Severity, problem.Location.Span.Start.Line, problem.Location.Span.Start.Column));
    }
}
