using System.Diagnostics;
using System.Text;
using GitOpsLint.Rendering.Units;
using GitOpsLint.Tests.Rendering.Units;

namespace GitOpsLint.Tests.Rendering.ArgoCD;

public sealed class ApplicationSetTests
{
    private static string AppSet(string generators, string template, string extra = "") =>
        "apiVersion: argoproj.io/v1alpha1\nkind: ApplicationSet\nmetadata:\n  name: guestbook\n  namespace: argocd\nspec:\n" + extra
        + "  generators:\n" + generators + "  template:\n" + template;

    private const string FastTemplate =
        "    metadata:\n      name: '{{cluster}}-guestbook'\n    spec:\n      project: default\n      source:\n        repoURL: https://github.com/org/repo.git\n        path: apps/{{ cluster }}\n      destination:\n        server: '{{url}}'\n        namespace: guestbook\n";

    [Fact]
    public void List_generator_in_fasttemplate_mode_generates_named_applications_in_the_appset_namespace()
    {
        var repository = TestRepository.Load(("appset.yaml", AppSet(
            "    - list:\n        elements:\n          - cluster: dev\n            url: https://dev.example.com\n          - cluster: prod\n            url: https://prod.example.com\n            values:\n              tier: gold\n", FastTemplate)));

        var catalog = UnitCatalog.Discover(repository);

        Assert.Empty(catalog.Problems);
        Assert.Equal(["Application/argocd/dev-guestbook", "Application/argocd/prod-guestbook"], catalog.Units.Select(u => u.Id));
        Assert.Equal(("apps/dev", "https://dev.example.com", "dev"), (catalog.Units[0].Source.Path, catalog.Units[0].Cluster, catalog.Units[0].Environment));
        Assert.Equal(
            "apiVersion: argoproj.io/v1alpha1\nkind: Application\nmetadata:\n  name: prod-guestbook\n  namespace: argocd\nspec:\n  destination:\n    namespace: guestbook\n    server: https://prod.example.com\n  project: default\n  source:\n    path: apps/prod\n    repoURL: https://github.com/org/repo.git\n",
            catalog.GeneratedApplications[1].Text);
    }

    [Fact]
    public void Generated_fields_point_at_the_template_text_and_the_chain_names_the_appset()
    {
        var repository = TestRepository.Load(("appset.yaml", AppSet("    - list:\n        elements:\n          - cluster: dev\n            url: https://dev.example.com\n", FastTemplate)));

        var catalog = UnitCatalog.Discover(repository);
        var application = catalog.GeneratedApplications.Single().Object;
        var path = application.Root.Navigate("/spec/source/path")!;
        var location = application.LocationOf(path);

        Assert.Equal(("appset.yaml", 19, 15), (location.Path, location.Span.Start.Line, location.Span.Start.Column));
        var keyLocation = application.LocationOfKey("/spec/destination/namespace");
        Assert.Equal((22, 9), (keyLocation.Span.Start.Line, keyLocation.Span.Start.Column));
        var link = Assert.Single(application.Origin.Chain);
        Assert.Equal(("appset.yaml", 2, "ApplicationSet argocd/guestbook"), (link.Location.Path, link.Location.Span.Start.Line, link.Message));
    }

    [Fact]
    public void Unknown_fasttemplate_tags_are_left_as_written()
    {
        var repository = TestRepository.Load(("appset.yaml", AppSet(
            "    - list:\n        elements:\n          - cluster: dev\n", "    metadata:\n      name: '{{cluster}}-{{ missing }}'\n    spec:\n      source:\n        path: x\n")));

        Assert.Equal("Application/argocd/dev-{{ missing }}", UnitCatalog.Discover(repository).Units.Single().Id);
    }

    [Fact]
    public void GoTemplate_mode_uses_nested_parameters_sprig_and_normalize()
    {
        var repository = TestRepository.Load(("appset.yaml", AppSet(
            "    - list:\n        elements:\n          - cluster: Eng_Dev\n            meta:\n              replicas: 3\n",
            "    metadata:\n      name: '{{ .cluster | normalize }}'\n    spec:\n      source:\n        path: 'apps/{{ .cluster | lower }}/{{ .meta.replicas }}'\n",
            "  goTemplate: true\n  goTemplateOptions: [\"missingkey=error\"]\n")));

        var unit = UnitCatalog.Discover(repository).Units.Single();

        Assert.Equal("Application/argocd/eng-dev", unit.Id);
        Assert.Equal("apps/eng_dev/3", unit.Source.Path);
    }

    [Fact]
    public void Missingkey_error_stops_the_appset_with_a_problem_on_the_template_string()
    {
        var repository = TestRepository.Load(("appset.yaml", AppSet(
            "    - list:\n        elements:\n          - cluster: dev\n",
            "    metadata:\n      name: '{{ .nope }}'\n    spec:\n      source:\n        path: x\n",
            "  goTemplate: true\n  goTemplateOptions: [\"missingkey=error\"]\n")));

        var catalog = UnitCatalog.Discover(repository);

        Assert.Empty(catalog.Units);
        var problem = Assert.Single(catalog.Problems);
        Assert.Equal((UnitProblemCode.RenderFailed, 15, 13), (problem.Code, problem.Location.Span.Start.Line, problem.Location.Span.Start.Column));
        Assert.Contains("map has no entry for key \"nope\"", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Cluster_generator_reads_cluster_secrets_configured_clusters_and_the_local_cluster()
    {
        var secret = "apiVersion: v1\nkind: Secret\nmetadata:\n  name: prod\n  namespace: argocd\n  labels:\n    argocd.argoproj.io/secret-type: cluster\n    env: prod\nstringData:\n  name: prod-eu\n  server: https://prod.example.com\n";
        var template = "    metadata:\n      name: '{{name}}-{{metadata.labels.env}}-{{values.team}}'\n    spec:\n      source:\n        path: x\n      destination:\n        server: '{{server}}'\n";
        var all = TestRepository.Load(
            (".gitopslint.yaml", "clusters:\n  - name: staging\n    server: https://staging.example.com\n    labels:\n      env: staging\n"),
            ("secret.yaml", secret),
            ("appset.yaml", AppSet("    - clusters:\n        values:\n          team: '{{name}}-web'\n", template)));

        Assert.Equal(
            ["Application/argocd/in-cluster-{{metadata.labels.env}}-in-cluster-web", "Application/argocd/prod-eu-prod-prod-eu-web", "Application/argocd/staging-staging-staging-web"],
            UnitCatalog.Discover(all).Units.Select(u => u.Id));

        var selected = TestRepository.Load(
            ("secret.yaml", secret),
            ("appset.yaml", AppSet("    - clusters:\n        selector:\n          matchLabels:\n            env: prod\n        values:\n          team: web\n", template)));
        Assert.Equal(["Application/argocd/prod-eu-prod-web"], UnitCatalog.Discover(selected).Units.Select(u => u.Id));
    }

    [Fact]
    public void Git_directory_generator_matches_folders_with_excludes()
    {
        var repository = TestRepository.Load(
            ("apps/a/cm.yaml", "x: 1\n"),
            ("apps/b/cm.yaml", "x: 1\n"),
            ("apps/skip/cm.yaml", "x: 1\n"),
            ("apps/a/deep/cm.yaml", "x: 1\n"),
            ("appset.yaml", AppSet(
                "    - git:\n        repoURL: https://github.com/org/repo.git\n        revision: HEAD\n        directories:\n          - path: apps/*\n          - path: apps/skip\n            exclude: true\n",
                "    metadata:\n      name: '{{path.basename}}'\n    spec:\n      source:\n        path: '{{path}}'\n        targetRevision: '{{path[0]}}'\n")));

        var units = UnitCatalog.Discover(repository).Units;

        Assert.Equal(["Application/argocd/a", "Application/argocd/b"], units.Select(u => u.Id));
        Assert.Equal(("apps/a", "apps"), (units[0].Source.Path, units[0].Source.Revision));
    }

    [Fact]
    public void Git_files_generator_flattens_file_content_and_adds_path_parameters()
    {
        var repository = TestRepository.Load(
            ("clusters/dev/config.json", "{\"cluster\": {\"name\": \"dev\", \"address\": \"https://dev.example.com\"}}"),
            ("clusters/prod/config.json", "{\"cluster\": {\"name\": \"prod\", \"address\": \"https://prod.example.com\"}}"),
            ("appset.yaml", AppSet(
                "    - git:\n        repoURL: https://github.com/org/repo.git\n        files:\n          - path: clusters/**/config.json\n",
                "    metadata:\n      name: '{{cluster.name}}-{{path.basename}}-{{path.filename}}'\n    spec:\n      source:\n        path: guestbook\n      destination:\n        server: '{{cluster.address}}'\n")));

        var units = UnitCatalog.Discover(repository).Units;

        Assert.Equal(["Application/argocd/dev-dev-config.json", "Application/argocd/prod-prod-config.json"], units.Select(u => u.Id));
        Assert.Equal("https://prod.example.com", units[1].Cluster);
    }

    [Fact]
    public void A_generator_path_outside_the_repository_is_an_error_at_the_pattern()
    {
        var repository = TestRepository.Load(("appset.yaml", AppSet(
            "    - git:\n        repoURL: https://github.com/org/repo.git\n        files:\n          - path: ../../etc/*.json\n", FastTemplate)));

        var problem = Assert.Single(UnitCatalog.Discover(repository).Problems);

        Assert.Equal((UnitProblemCode.OutsideRepository, "appset.yaml", 11, 19), (problem.Code, problem.Location.Path, problem.Location.Span.Start.Line, problem.Location.Span.Start.Column));
    }

    [Fact]
    public void Matrix_combines_and_renders_the_second_generator_with_the_first()
    {
        var repository = TestRepository.Load(
            ("apps/web/config.yaml", "tier: frontend\n"),
            ("apps/api/config.yaml", "tier: backend\n"),
            ("appset.yaml", AppSet(
                "    - matrix:\n        generators:\n          - list:\n              elements:\n                - env: dev\n                - env: prod\n          - git:\n              repoURL: https://github.com/org/repo.git\n              files:\n                - path: 'apps/*/config.yaml'\n",
                "    metadata:\n      name: '{{path.basename}}-{{env}}-{{tier}}'\n    spec:\n      source:\n        path: '{{path}}'\n")));

        Assert.Equal(
            ["Application/argocd/api-dev-backend", "Application/argocd/api-prod-backend", "Application/argocd/web-dev-frontend", "Application/argocd/web-prod-frontend"],
            UnitCatalog.Discover(repository).Units.Select(u => u.Id));
    }

    [Fact]
    public void Merge_overrides_base_sets_with_equal_merge_keys()
    {
        var repository = TestRepository.Load(("appset.yaml", AppSet(
            "    - merge:\n        mergeKeys: [name]\n        generators:\n          - list:\n              elements:\n                - name: a\n                  size: small\n                - name: b\n                  size: small\n          - list:\n              elements:\n                - name: b\n                  size: large\n                - name: c\n                  size: huge\n",
            "    metadata:\n      name: '{{name}}-{{size}}'\n    spec:\n      source:\n        path: x\n")));

        Assert.Equal(["Application/argocd/a-small", "Application/argocd/b-large"], UnitCatalog.Discover(repository).Units.Select(u => u.Id));
    }

    [Fact]
    public void Duplicate_generated_names_are_reported_once_and_the_applications_still_render()
    {
        var repository = TestRepository.Load(("appset.yaml", AppSet(
            "    - list:\n        elements:\n          - env: dev\n          - env: prod\n", "    metadata:\n      name: same\n    spec:\n      source:\n        path: 'x/{{env}}'\n")));

        var catalog = UnitCatalog.Discover(repository);

        var problem = Assert.Single(catalog.Problems);
        Assert.Equal("ApplicationSet guestbook contains applications with duplicate name: same", problem.Message);
        Assert.Equal((14, 13), (problem.Location.Span.Start.Line, problem.Location.Span.Start.Column));
        Assert.Equal(2, catalog.GeneratedApplications.Count);
    }

    [Fact]
    public void A_huge_list_generator_ends_in_bounded_time_with_one_limit_problem()
    {
        var elements = new StringBuilder();
        for (var i = 0; i < 10_000; i++)
        {
            elements.Append("          - cluster: c").Append(i).Append('\n');
        }

        var repository = TestRepository.Load(("appset.yaml", AppSet("    - list:\n        elements:\n" + elements, FastTemplate)));
        var watch = Stopwatch.StartNew();

        var catalog = UnitCatalog.Discover(repository);

        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(20), $"took {watch.Elapsed}");
        Assert.Equal(UnitOptions.Default.MaxGeneratedApplications, catalog.GeneratedApplications.Count);
        var problem = Assert.Single(catalog.Problems);
        Assert.Equal(UnitProblemCode.Limit, problem.Code);
        Assert.Equal((7, 3), (problem.Location.Span.Start.Line, problem.Location.Span.Start.Column));
    }

    [Fact]
    public void Generators_that_need_a_service_leave_a_note_and_the_others_still_run()
    {
        var repository = TestRepository.Load(("appset.yaml", AppSet(
            "    - pullRequest:\n        github:\n          owner: org\n    - list:\n        elements:\n          - cluster: dev\n            url: https://dev.example.com\n", FastTemplate)));

        var catalog = UnitCatalog.Discover(repository);

        Assert.Equal(["Application/argocd/dev-guestbook"], catalog.Units.Select(u => u.Id));
        var note = Assert.Single(catalog.Problems);
        Assert.Equal((UnitProblemCode.NotRenderableOffline, UnitProblemSeverity.Note, 8, 7), (note.Code, note.Severity, note.Location.Span.Start.Line, note.Location.Span.Start.Column));
    }
}
