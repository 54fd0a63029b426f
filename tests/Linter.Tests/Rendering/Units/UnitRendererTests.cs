using GitOpsLint.Rendering.Units;

namespace GitOpsLint.Tests.Rendering.Units;

public sealed class UnitRendererTests
{
    private static string App(string name, string path) =>
        $"apiVersion: argoproj.io/v1alpha1\nkind: Application\nmetadata:\n  name: {name}\n  namespace: argocd\nspec:\n  source:\n    repoURL: https://github.com/org/repo.git\n    path: {path}\n  destination:\n    server: https://kubernetes.default.svc\n    namespace: {name}\n";

    [Fact]
    public void App_of_apps_renders_children_once_and_a_root_in_its_own_folder_is_not_a_cycle()
    {
        var repository = TestRepository.Load(
            ("apps/root.yaml", App("root", "apps")),
            ("apps/web.yaml", App("web", "web")),
            ("web/cm.yaml", "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: web\n"));
        var catalog = UnitCatalog.Discover(repository);

        var results = UnitRenderer.RenderAll(catalog, repository);

        Assert.Equal(["Application/argocd/root", "Application/argocd/web"], results.Select(r => r.Unit.Id));
        Assert.Equal(["Application/argocd/web"], results[0].ChildUnits.Select(u => u.Id));
        Assert.Same(catalog.Units.Single(u => u.Name == "web"), results[0].ChildUnits[0]);
        Assert.All(results, r => Assert.Empty(r.Problems));
        Assert.Equal(["root", "web"], results[0].Objects.Select(o => o.Object.Name));
    }

    [Fact]
    public void An_app_of_apps_cycle_is_an_error_on_the_repeated_application()
    {
        var repository = TestRepository.Load(
            ("a/b.yaml", App("b", "b")),
            ("b/a.yaml", App("a", "a")));

        var results = UnitRenderer.RenderAll(UnitCatalog.Discover(repository), repository);

        var problem = Assert.Single(results.SelectMany(r => r.Problems));
        Assert.Equal((UnitProblemCode.Cycle, UnitProblemSeverity.Error, "b/a.yaml", 2, 1), (problem.Code, problem.Severity, problem.Location.Path, problem.Location.Span.Start.Line, problem.Location.Span.Start.Column));
        Assert.Equal("app-of-apps cycle: Application/argocd/a -> Application/argocd/b -> Application/argocd/a; each unit manages the next, so deleting one re-creates the others; the loop is rendered once", problem.Message);
        Assert.Equal(["Application/argocd/a", "Application/argocd/b"], problem.RelatedLocations.Select(l => l.Message));
    }

    [Fact]
    public void Applications_rendered_by_a_chart_become_units_whose_locations_point_at_the_template()
    {
        var helm = new RecordingChartRenderer();
        var repository = TestRepository.Load(
            ("root.yaml", App("root", "charts/apps")),
            ("charts/apps/Chart.yaml", "apiVersion: v2\nname: apps\nversion: 1.0.0\n"),
            ("charts/apps/templates/web.yaml", App("web", "web")),
            ("web/cm.yaml", "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: web\n"));
        var options = new UnitOptions { ChartRenderer = helm };

        var results = UnitRenderer.RenderAll(UnitCatalog.Discover(repository, options), repository, options);

        Assert.Equal(["Application/argocd/root", "Application/argocd/web"], results.Select(r => r.Unit.Id));
        var child = results[1].Unit;
        Assert.Equal(("charts/apps/templates/web.yaml", 2), (child.Location.Path, child.Location.Span.Start.Line));
        Assert.Equal(["Application argocd/root", "Application argocd/web"], child.Chain.Select(l => l.Message));
        var configMap = Assert.Single(results[1].Objects);
        Assert.Equal(["Application argocd/root", "Application argocd/web"], configMap.Object.Origin.Chain.Select(l => l.Message));
    }

    [Fact]
    public void Rendering_a_broken_repository_never_throws()
    {
        var repository = TestRepository.Load(
            ("app.yaml", "apiVersion: argoproj.io/v1alpha1\nkind: Application\nmetadata:\n  name: x\nspec:\n  source: [1, 2]\n  sources: {a: b}\n"),
            ("appset.yaml", "apiVersion: argoproj.io/v1alpha1\nkind: ApplicationSet\nmetadata:\n  name: y\nspec:\n  generators: 7\n  template: [x]\n"),
            ("flux.yaml", "apiVersion: kustomize.toolkit.fluxcd.io/v1\nkind: Kustomization\nmetadata:\n  name: z\nspec:\n  path: ../../etc\n"),
            ("hr.yaml", "apiVersion: helm.toolkit.fluxcd.io/v2\nkind: HelmRelease\nmetadata:\n  name: h\nspec:\n  chart: 3\n"),
            ("k/kustomization.yaml", "- not a mapping\n"));

        var catalog = UnitCatalog.Discover(repository);
        var results = UnitRenderer.RenderAll(catalog, repository);

        Assert.NotEmpty(catalog.Problems.Concat(results.SelectMany(r => r.Problems)));
        Assert.All(results.SelectMany(r => r.Problems), p => Assert.False(string.IsNullOrEmpty(p.Location.Path)));
    }
}
