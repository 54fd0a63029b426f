using GitOpsLint.Rendering.Units;

namespace GitOpsLint.Tests.Rendering.Units;

public sealed class UnitCatalogTests
{
    private const string Guestbook = "apiVersion: v1\nkind: Service\nmetadata:\n  name: guestbook\n";

    [Fact]
    public void Every_kind_of_unit_is_discovered_with_its_identity_and_source()
    {
        var repository = TestRepository.Load(
            ("argocd/guestbook.yaml", "apiVersion: argoproj.io/v1alpha1\nkind: Application\nmetadata:\n  name: guestbook\n  namespace: argocd\nspec:\n  source:\n    repoURL: https://github.com/org/repo.git\n    path: guestbook\n  destination:\n    server: https://kubernetes.default.svc\n    namespace: guestbook-prod\n"),
            ("guestbook/svc.yaml", Guestbook),
            ("clusters/staging/apps.yaml", "apiVersion: kustomize.toolkit.fluxcd.io/v1\nkind: Kustomization\nmetadata:\n  name: apps\n  namespace: flux-system\nspec:\n  path: ./apps/staging\n  targetNamespace: web\n  sourceRef:\n    kind: GitRepository\n    name: flux-system\n"),
            ("apps/staging/kustomization.yaml", "resources:\n- ../base\n"),
            ("apps/base/kustomization.yaml", "resources:\n- svc.yaml\n"),
            ("apps/base/svc.yaml", Guestbook),
            ("lonely/kustomization.yaml", "resources:\n- svc.yaml\n"),
            ("lonely/svc.yaml", Guestbook),
            ("releases/redis.yaml", "apiVersion: helm.toolkit.fluxcd.io/v2\nkind: HelmRelease\nmetadata:\n  name: redis\n  namespace: cache\nspec:\n  chart:\n    spec:\n      chart: redis\n      version: 18.x\n      sourceRef:\n        kind: HelmRepository\n        name: bitnami\n"),
            ("helmfile.yaml", "environments:\n  dev: {}\n  prod: {}\nreleases:\n  - name: api\n    chart: ./charts/api\n"));

        var catalog = UnitCatalog.Discover(repository);

        Assert.Equal(
            ["Application/argocd/guestbook", "Kustomization/flux-system/apps", "HelmRelease/cache/redis", "kustomize/lonely", "helmfile/helmfile.yaml/api@dev", "helmfile/helmfile.yaml/api@prod"],
            catalog.Units.Select(u => u.Id));
        var application = catalog.Units[0];
        Assert.Equal(("guestbook", "guestbook-prod", "https://kubernetes.default.svc", "prod"), (application.Source.Path, application.DestinationNamespace, application.Cluster, application.Environment));
        Assert.True(application.Source.IsLocal);
        Assert.Equal(("argocd/guestbook.yaml", 2, 1), (application.Location.Path, application.Location.Span.Start.Line, application.Location.Span.Start.Column));
        var flux = catalog.Units[1];
        Assert.Equal(("apps/staging", "web", "staging"), (flux.Source.Path, flux.DestinationNamespace, flux.Environment));
        var release = catalog.Units[2];
        Assert.Equal((UnitSourceType.HelmRepositoryChart, "redis", "18.x"), (release.Source.Type, release.Source.Chart, release.Source.Revision));
        Assert.Equal(("charts/api", "dev"), (catalog.Units[4].Source.Path, catalog.Units[4].Environment));
        Assert.Empty(catalog.Problems);
    }

    [Fact]
    public void Each_source_of_a_multi_source_application_is_a_unit_and_a_ref_only_source_is_not()
    {
        var repository = TestRepository.Load(
            ("app.yaml", "apiVersion: argoproj.io/v1alpha1\nkind: Application\nmetadata:\n  name: web\nspec:\n  sources:\n    - repoURL: https://charts.example.com\n      chart: web\n      targetRevision: 1.2.0\n    - repoURL: https://github.com/org/repo.git\n      ref: values\n    - repoURL: https://github.com/org/repo.git\n      path: extra\n"),
            ("extra/cm.yaml", "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: x\n"));

        var units = UnitCatalog.Discover(repository).Units;

        Assert.Equal(["Application/web#0", "Application/web#2"], units.Select(u => u.Id));
        Assert.Equal("https://charts.example.com/web@1.2.0", units[0].Source.Display);
        Assert.Equal(2, units[1].SourceIndex);
    }

    [Fact]
    public void Locality_comes_from_git_remotes_and_configured_aliases_when_declared()
    {
        var application = "apiVersion: argoproj.io/v1alpha1\nkind: Application\nmetadata:\n  name: {0}\nspec:\n  source:\n    repoURL: {1}\n    path: app\n";
        var repository = TestRepository.Load(
            (".git/config", "[core]\n\tbare = false\n[remote \"origin\"]\n\turl = git@github.com:Org/Repo.git\n"),
            (".gitopslint.yaml", "repositories:\n  self:\n    - https://mirror.example.com/org/repo\n"),
            ("a.yaml", string.Format(application, "ssh", "https://github.com/Org/Repo")),
            ("b.yaml", string.Format(application, "mirror", "https://mirror.example.com/org/repo.git/")),
            ("c.yaml", string.Format(application, "other", "https://github.com/org/other.git")),
            ("app/cm.yaml", "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: x\n"));

        var units = UnitCatalog.Discover(repository).Units.ToDictionary(u => u.Name, u => u.Source);

        Assert.True(units["ssh"].IsLocal);
        Assert.True(units["mirror"].IsLocal);
        Assert.False(units["other"].IsLocal);
        Assert.Equal(UnitSourceType.Remote, units["other"].Type);
    }

    [Fact]
    public void Without_a_declared_identity_a_source_is_local_when_its_path_exists()
    {
        var repository = TestRepository.Load(
            ("a.yaml", "apiVersion: argoproj.io/v1alpha1\nkind: Application\nmetadata:\n  name: here\nspec:\n  source:\n    repoURL: https://x.example/r.git\n    path: app\n"),
            ("b.yaml", "apiVersion: argoproj.io/v1alpha1\nkind: Application\nmetadata:\n  name: there\nspec:\n  source:\n    repoURL: https://x.example/other.git\n    path: not-here\n"),
            ("app/cm.yaml", "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: x\n"));

        var units = UnitCatalog.Discover(repository).Units.ToDictionary(u => u.Name, u => u.Source.IsLocal);

        Assert.True(units["here"]);
        Assert.False(units["there"]);
    }

    [Fact]
    public void Kustomize_folders_under_a_flux_path_without_kustomization_are_not_units_of_their_own()
    {
        var repository = TestRepository.Load(
            ("flux.yaml", "apiVersion: kustomize.toolkit.fluxcd.io/v1\nkind: Kustomization\nmetadata:\n  name: all\n  namespace: flux-system\nspec:\n  path: ./deploy\n  sourceRef:\n    kind: GitRepository\n    name: flux-system\n"),
            ("deploy/app/kustomization.yaml", "resources:\n- cm.yaml\n"),
            ("deploy/app/cm.yaml", "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: x\n"),
            ("components/logging/kustomization.yaml", "apiVersion: kustomize.config.k8s.io/v1alpha1\nkind: Component\n"));

        Assert.Equal(["Kustomization/flux-system/all"], UnitCatalog.Discover(repository).Units.Select(u => u.Id));
    }

    [Fact]
    public void An_application_without_source_is_a_positioned_problem()
    {
        var repository = TestRepository.Load(("a.yaml", "apiVersion: argoproj.io/v1alpha1\nkind: Application\nmetadata:\n  name: empty\nspec:\n  project: default\n"));

        var catalog = UnitCatalog.Discover(repository);

        Assert.Empty(catalog.Units);
        var problem = Assert.Single(catalog.Problems);
        Assert.Equal((UnitProblemCode.Invalid, "a.yaml", 6, 3), (problem.Code, problem.Location.Path, problem.Location.Span.Start.Line, problem.Location.Span.Start.Column));
        Assert.Contains("neither spec.source nor spec.sources", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Two_objects_with_the_same_identity_keep_distinct_ids()
    {
        var app = "apiVersion: argoproj.io/v1alpha1\nkind: Application\nmetadata:\n  name: twin\nspec:\n  source:\n    path: x\n";
        var catalog = UnitCatalog.Discover(TestRepository.Load(("a.yaml", app), ("b.yaml", app)));

        Assert.Equal(["Application/twin@a.yaml:2", "Application/twin@b.yaml:2"], catalog.Units.Select(u => u.Id));
        Assert.Null(catalog.Find("twin"));
        Assert.Equal("Application/twin@b.yaml:2", catalog.Find("Application/twin@b.yaml:2")?.Id);
    }
}
