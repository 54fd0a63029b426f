using GitOpsLint.Rendering.Units;
using GitOpsLint.Tests.Rendering.Units;

namespace GitOpsLint.Tests.Rendering.ArgoCD;

public sealed class ApplicationRendererTests
{
    private static string Application(string source, string name = "web") =>
        $"apiVersion: argoproj.io/v1alpha1\nkind: Application\nmetadata:\n  name: {name}\n  namespace: argocd\nspec:\n  destination:\n    server: https://kubernetes.default.svc\n    namespace: web\n  source:\n    repoURL: https://github.com/org/repo.git\n{source}";

    private static UnitRenderResult RenderOnly(GitOpsLint.Model.Repository repository, UnitOptions? options = null) =>
        UnitRenderer.Render(UnitCatalog.Discover(repository, options).Units.Single(u => u.Kind == UnitKind.ArgoApplication), repository, options);

    [Fact]
    public void Directory_source_applies_include_exclude_and_recurse_and_keeps_the_documents_as_written()
    {
        var repository = TestRepository.Load(
            ("app.yaml", Application("    path: manifests\n    directory:\n      recurse: true\n      include: '{*.yaml,sub/*.json}'\n      exclude: 'skip*'\n")),
            ("manifests/a.yaml", "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: a\n---\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: b\n"),
            ("manifests/skip-me.yaml", "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: skipped\n"),
            ("manifests/sub/c.json", "{\"apiVersion\": \"v1\", \"kind\": \"ConfigMap\", \"metadata\": {\"name\": \"c\"}}"),
            ("manifests/sub/d.yaml", "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: d\n"),
            ("manifests/other/e.json", "{\"apiVersion\": \"v1\", \"kind\": \"ConfigMap\", \"metadata\": {\"name\": \"not-included\"}}"));

        var result = RenderOnly(repository);

        // Argo CD matches include/exclude without path separators: '*.yaml' also takes sub/d.yaml.
        Assert.Empty(result.Problems);
        Assert.Equal(["a", "b", "c", "d"], result.Objects.Select(o => o.Object.Name));
        Assert.All(result.Objects, o => Assert.True(o.IsVerbatim));
        var b = result.Objects[1];
        Assert.Equal(("manifests/a.yaml", 9), (b.Object.LocationOf(b.Object.Root.Navigate("/metadata/name")!).Path, b.Object.LocationOf(b.Object.Root.Navigate("/metadata/name")!).Span.Start.Line));
        Assert.Equal("Application argocd/web", b.Object.Origin.Chain.Single().Message);
    }

    [Fact]
    public void Directory_source_without_recurse_reads_only_the_folder_and_reports_non_objects()
    {
        var repository = TestRepository.Load(
            ("app.yaml", Application("    path: manifests\n")),
            ("manifests/a.yaml", "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: a\n"),
            ("manifests/notes.yaml", "just: data\n"),
            ("manifests/sub/b.yaml", "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: b\n"));

        var result = RenderOnly(repository);

        Assert.Equal(["a"], result.Objects.Select(o => o.Object.Name));
        var problem = Assert.Single(result.Problems);
        Assert.Equal((UnitProblemCode.RenderFailed, "manifests/notes.yaml", 1), (problem.Code, problem.Location.Path, problem.Location.Span.Start.Line));
    }

    [Fact]
    public void Kustomize_overrides_edit_a_copy_of_the_kustomization_as_argo_cd_does()
    {
        var repository = TestRepository.Load(
            ("app.yaml", Application("    path: overlay\n    kustomize:\n      namePrefix: prod-\n      namespace: shop\n      images:\n        - nginx=registry.example.com/nginx:1.27\n      commonLabels:\n        team: web\n      replicas:\n        - name: web\n          count: 3\n")),
            ("overlay/kustomization.yaml", "namePrefix: dev-\nresources:\n- deploy.yaml\nimages:\n- name: nginx\n  newTag: \"1.25\"\n"),
            ("overlay/deploy.yaml", "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  replicas: 1\n  selector:\n    matchLabels:\n      app: web\n  template:\n    metadata:\n      labels:\n        app: web\n    spec:\n      containers:\n      - name: web\n        image: nginx\n"));

        var result = RenderOnly(repository);

        Assert.Empty(result.Problems);
        var deployment = Assert.Single(result.Objects);
        Assert.Equal(
            "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  labels:\n    team: web\n  name: prod-web\n  namespace: shop\nspec:\n  replicas: 3\n  selector:\n    matchLabels:\n      app: web\n      team: web\n  template:\n    metadata:\n      labels:\n        app: web\n        team: web\n    spec:\n      containers:\n      - image: registry.example.com/nginx:1.27\n        name: web\n",
            deployment.Text);
        var o = deployment.Object;
        var image = o.LocationOf(o.Root.Navigate("/spec/template/spec/containers/0/image")!);
        Assert.Equal(("app.yaml", 17), (image.Path, image.Span.Start.Line));
        var name = o.LocationOf(o.Root.Navigate("/spec/template/spec/containers/0/name")!);
        Assert.Equal(("overlay/deploy.yaml", 16), (name.Path, name.Span.Start.Line));
        var replicas = o.LocationOf(o.Root.Navigate("/spec/replicas")!);
        Assert.Equal(("app.yaml", 22, 18), (replicas.Path, replicas.Span.Start.Line, replicas.Span.Start.Column));
        var label = o.LocationOf(o.Root.Navigate("/metadata/labels/team")!);
        Assert.Equal(("app.yaml", 19), (label.Path, label.Span.Start.Line));
    }

    [Fact]
    public void A_label_that_exists_without_force_fails_like_kustomize_edit()
    {
        var repository = TestRepository.Load(
            ("app.yaml", Application("    path: overlay\n    kustomize:\n      commonLabels:\n        team: web\n")),
            ("overlay/kustomization.yaml", "commonLabels:\n  team: api\nresources:\n- cm.yaml\n"),
            ("overlay/cm.yaml", "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: x\n"));

        var problem = Assert.Single(RenderOnly(repository).Problems);

        Assert.Equal(("app.yaml", 15, 9), (problem.Location.Path, problem.Location.Span.Start.Line, problem.Location.Span.Start.Column));
        Assert.Contains("label team already in kustomization file", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Kustomize_build_errors_point_at_the_kustomization()
    {
        var repository = TestRepository.Load(
            ("app.yaml", Application("    path: overlay\n")),
            ("overlay/kustomization.yaml", "resources:\n- missing.yaml\n"));

        var problem = Assert.Single(RenderOnly(repository).Problems);

        Assert.Equal((UnitProblemCode.RenderFailed, "overlay/kustomization.yaml", 2), (problem.Code, problem.Location.Path, problem.Location.Span.Start.Line));
    }

    [Fact]
    public void Helm_source_hands_value_files_values_and_parameters_to_the_engine_as_argo_cd_does()
    {
        var helm = new RecordingChartRenderer();
        var repository = TestRepository.Load(
            ("app.yaml", Application(
                "    path: charts/web\n    helm:\n      releaseName: web-prod\n      valueFiles:\n        - values-prod.yaml\n        - ../../env/prod.yaml\n        - missing.yaml\n      ignoreMissingValueFiles: true\n      values: |\n        a: 1\n      valuesObject:\n        b: 2\n      parameters:\n        - name: image.tag\n          value: v1,2\n        - name: port\n          value: \"80\"\n          forceString: true\n      skipCrds: true\n")),
            ("charts/web/Chart.yaml", "apiVersion: v2\nname: web\nversion: 1.0.0\n"),
            ("charts/web/values-prod.yaml", "x: 1\n"),
            ("env/prod.yaml", "y: 1\n"),
            ("charts/web/templates/cm.yaml", "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: web\ndata:\n  key: value\n"));

        var result = RenderOnly(repository, new UnitOptions { ChartRenderer = helm });

        Assert.Empty(result.Problems);
        var (chart, options) = Assert.Single(helm.Calls);
        Assert.Equal("charts/web", chart);
        Assert.Equal(("web-prod", "web"), (options.ReleaseName, options.Namespace));
        Assert.Equal(["charts/web/values-prod.yaml", "env/prod.yaml"], options.ValueFiles);
        Assert.Equal(["{\"b\":2}"], options.ValueDocuments);
        Assert.Equal(["image.tag=v1\\,2"], options.Set);
        Assert.Equal(["port=80"], options.SetString);
        Assert.False(options.IncludeCrds);
        var configMap = Assert.Single(result.Objects).Object;
        var key = configMap.LocationOf(configMap.Root.Navigate("/data/key")!);
        Assert.Equal(("charts/web/templates/cm.yaml", 6, 3), (key.Path, key.Span.Start.Line, key.Span.Start.Column));
    }

    [Fact]
    public void Value_files_outside_the_repository_or_missing_are_positioned_errors()
    {
        var helm = new RecordingChartRenderer();
        var chart = ("charts/web/Chart.yaml", "apiVersion: v2\nname: web\nversion: 1.0.0\n");
        var outside = TestRepository.Load(("app.yaml", Application("    path: charts/web\n    helm:\n      valueFiles:\n        - ../../../etc/passwd\n")), chart);
        var missing = TestRepository.Load(("app.yaml", Application("    path: charts/web\n    helm:\n      valueFiles:\n        - prod.yaml\n")), chart);

        var first = Assert.Single(RenderOnly(outside, new UnitOptions { ChartRenderer = helm }).Problems);
        var second = Assert.Single(RenderOnly(missing, new UnitOptions { ChartRenderer = helm }).Problems);

        Assert.Equal((UnitProblemCode.OutsideRepository, 15, 11), (first.Code, first.Location.Span.Start.Line, first.Location.Span.Start.Column));
        Assert.Equal((UnitProblemCode.Missing, 15, 11), (second.Code, second.Location.Span.Start.Line, second.Location.Span.Start.Column));
        Assert.Contains("looked for 'charts/web/prod.yaml'", second.Message, StringComparison.Ordinal);
        Assert.Empty(helm.Calls);
    }

    [Fact]
    public void Multi_source_ref_value_files_resolve_in_this_repository()
    {
        var helm = new RecordingChartRenderer();
        var repository = TestRepository.Load(
            ("app.yaml", "apiVersion: argoproj.io/v1alpha1\nkind: Application\nmetadata:\n  name: web\nspec:\n  sources:\n    - repoURL: https://github.com/org/repo.git\n      path: charts/web\n      helm:\n        valueFiles:\n          - $values/env/prod.yaml\n    - repoURL: https://github.com/org/repo.git\n      ref: values\n"),
            ("charts/web/Chart.yaml", "apiVersion: v2\nname: web\nversion: 1.0.0\n"),
            ("env/prod.yaml", "y: 1\n"));

        var result = RenderOnly(repository, new UnitOptions { ChartRenderer = helm });

        Assert.Empty(result.Problems);
        Assert.Equal(["env/prod.yaml"], helm.Calls.Single().Options.ValueFiles);
    }

    [Fact]
    public void Without_a_helm_engine_a_chart_source_is_one_note()
    {
        var repository = TestRepository.Load(
            ("app.yaml", Application("    path: charts/web\n")),
            ("charts/web/Chart.yaml", "apiVersion: v2\nname: web\nversion: 1.0.0\n"));

        var problem = Assert.Single(RenderOnly(repository).Problems);

        Assert.Equal((UnitProblemCode.NotRenderableOffline, UnitProblemSeverity.Note, 12, 11), (problem.Code, problem.Severity, problem.Location.Span.Start.Line, problem.Location.Span.Start.Column));
    }

    [Fact]
    public void Several_explicit_source_types_and_missing_paths_are_errors()
    {
        var both = TestRepository.Load(("app.yaml", Application("    path: x\n    helm: {}\n    kustomize: {}\n")), ("x/cm.yaml", "a: 1\n"));
        var missing = TestRepository.Load(("app.yaml", Application("    path: nowhere\n")), ("x/cm.yaml", "a: 1\n"), (".gitopslint.yaml", "repositories:\n  self: https://github.com/org/repo\n"));
        var undeclared = TestRepository.Load(("app.yaml", Application("    path: nowhere\n")), ("x/cm.yaml", "a: 1\n"));

        var multiple = Assert.Single(RenderOnly(both).Problems);
        Assert.Equal(("multiple application sources defined: helm, kustomize", 14), (multiple.Message, multiple.Location.Span.Start.Line));
        var absent = Assert.Single(RenderOnly(missing).Problems);
        Assert.Equal((UnitProblemCode.Missing, 12, 11), (absent.Code, absent.Location.Span.Start.Line, absent.Location.Span.Start.Column));

        // Without .git/config or repositories.self, a path that does not exist here means another repository.
        Assert.Equal(UnitProblemCode.NotRenderableOffline, Assert.Single(RenderOnly(undeclared).Problems).Code);
    }

    [Fact]
    public void A_chart_from_a_helm_repository_renders_from_a_configured_mirror()
    {
        var helm = new RecordingChartRenderer();
        var repository = TestRepository.Load(
            (".gitopslint.yaml", "charts:\n  - repository: https://charts.example.com/\n    name: redis\n    path: vendor/redis\n"),
            ("app.yaml", "apiVersion: argoproj.io/v1alpha1\nkind: Application\nmetadata:\n  name: cache\nspec:\n  source:\n    repoURL: https://charts.example.com\n    chart: redis\n    targetRevision: 18.x\n"),
            ("vendor/redis/Chart.yaml", "apiVersion: v2\nname: redis\nversion: 18.6.1\n"),
            ("vendor/redis/templates/svc.yaml", "apiVersion: v1\nkind: Service\nmetadata:\n  name: redis\n"));

        var result = RenderOnly(repository, new UnitOptions { ChartRenderer = helm });

        Assert.Empty(result.Problems);
        Assert.Equal("vendor/redis", helm.Calls.Single().ChartPath);
        Assert.Equal("redis", result.Objects.Single().Object.Name);
    }
}
