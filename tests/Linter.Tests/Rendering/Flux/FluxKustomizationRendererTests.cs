using GitOpsLint.Rendering.Units;
using GitOpsLint.Tests.Rendering.Units;

namespace GitOpsLint.Tests.Rendering.Flux;

public sealed class FluxKustomizationRendererTests
{
    private const string GitRepository = "apiVersion: source.toolkit.fluxcd.io/v1\nkind: GitRepository\nmetadata:\n  name: flux-system\n  namespace: flux-system\nspec:\n  url: https://github.com/org/repo\n";

    private static string Kustomization(string spec) =>
        "apiVersion: kustomize.toolkit.fluxcd.io/v1\nkind: Kustomization\nmetadata:\n  name: apps\n  namespace: flux-system\nspec:\n  sourceRef:\n    kind: GitRepository\n    name: flux-system\n" + spec;

    private static UnitRenderResult Render(GitOpsLint.Model.Repository repository) =>
        UnitRenderer.Render(UnitCatalog.Discover(repository).Units.Single(u => u.Kind == UnitKind.FluxKustomization), repository);

    [Fact]
    public void A_folder_without_kustomization_gets_the_one_flux_generates_with_the_spec_applied()
    {
        var repository = TestRepository.Load(
            ("sync.yaml", GitRepository),
            ("flux.yaml", Kustomization("  path: ./deploy\n  targetNamespace: web\n  namePrefix: prod-\n  commonMetadata:\n    labels:\n      owner: team-web\n")),
            ("deploy/cm.yaml", "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: settings\ndata:\n  a: b\n"),
            ("deploy/nested/kustomization.yaml", "resources:\n- svc.yaml\n"),
            ("deploy/nested/svc.yaml", "apiVersion: v1\nkind: Service\nmetadata:\n  name: web\n"),
            ("deploy/nested/ignored.yaml", "apiVersion: v1\nkind: Secret\nmetadata:\n  name: not-listed-by-nested\n"));

        var result = Render(repository);

        Assert.Empty(result.Problems);
        Assert.Equal(["ConfigMap web/prod-settings", "Service web/prod-web"], result.Objects.Select(o => o.Object.DisplayName));
        Assert.Equal("apiVersion: v1\ndata:\n  a: b\nkind: ConfigMap\nmetadata:\n  labels:\n    owner: team-web\n  name: prod-settings\n  namespace: web\n", result.Objects[0].Text);
        var configMap = result.Objects[0].Object;
        var data = configMap.LocationOf(configMap.Root.Navigate("/data/a")!);
        Assert.Equal(("deploy/cm.yaml", 6, 6), (data.Path, data.Span.Start.Line, data.Span.Start.Column));
        var owner = configMap.LocationOf(configMap.Root.Navigate("/metadata/labels/owner")!);
        Assert.Equal(("flux.yaml", 15, 14), (owner.Path, owner.Span.Start.Line, owner.Span.Start.Column));
        Assert.Equal("Flux Kustomization flux-system/apps", configMap.Origin.Chain.Single().Message);
    }

    [Fact]
    public void Post_build_substitution_uses_inline_variables_over_substitute_from_and_honours_the_opt_out()
    {
        var repository = TestRepository.Load(
            ("sync.yaml", GitRepository),
            ("vars.yaml", "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: cluster-vars\n  namespace: flux-system\ndata:\n  cluster_env: staging\n  replicas: \"2\"\n"),
            ("flux.yaml", Kustomization("  path: ./deploy\n  postBuild:\n    substitute:\n      cluster_env: production\n    substituteFrom:\n      - kind: ConfigMap\n        name: cluster-vars\n      - kind: Secret\n        name: optional-vars\n        optional: true\n")),
            ("deploy/kustomization.yaml", "resources:\n- deploy.yaml\n- script.yaml\n"),
            ("deploy/deploy.yaml", "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web-${cluster_env}\n  labels:\n    region: ${region:=eu-west-1}\nspec:\n  replicas: ${replicas}\n"),
            ("deploy/script.yaml", "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: script\n  annotations:\n    kustomize.toolkit.fluxcd.io/substitute: disabled\ndata:\n  run.sh: echo ${HOME}\n"));

        var result = Render(repository);

        Assert.Empty(result.Problems);
        var deployment = result.Objects.Single(o => o.Object.Kind == "Deployment").Object;
        Assert.Equal("web-production", deployment.Name);
        Assert.Equal("eu-west-1", deployment.GetLabel("region"));
        Assert.Equal(GitOpsLint.Syntax.ScalarType.Int, ((GitOpsLint.Syntax.YamlScalar)deployment.Root.Navigate("/spec/replicas")!).Resolved.Type);
        var replicas = deployment.LocationOf(deployment.Root.Navigate("/spec/replicas")!);
        Assert.Equal(("deploy/deploy.yaml", 8, 13), (replicas.Path, replicas.Span.Start.Line, replicas.Span.Start.Column));
        Assert.Equal("echo ${HOME}", result.Objects.Single(o => o.Object.Name == "script").Object.Root.Navigate("/data/run.sh")!.ToString());
    }

    [Fact]
    public void A_missing_substitute_from_source_is_a_warning_and_a_bad_expression_an_error()
    {
        var repository = TestRepository.Load(
            ("sync.yaml", GitRepository),
            ("flux.yaml", Kustomization("  path: ./deploy\n  postBuild:\n    substituteFrom:\n      - kind: ConfigMap\n        name: absent\n")),
            ("deploy/cm.yaml", "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: x\ndata:\n  a: ${name^^}\n"));

        var result = Render(repository);

        Assert.Empty(result.Objects);
        Assert.Equal(
            [(UnitProblemCode.Missing, UnitProblemSeverity.Warning, "flux.yaml", 13), (UnitProblemCode.RenderFailed, UnitProblemSeverity.Error, "deploy/cm.yaml", 2)],
            result.Problems.Select(p => (p.Code, p.Severity, p.Location.Path, p.Location.Span.Start.Line)));
    }

    [Fact]
    public void A_path_that_does_not_exist_or_a_kustomization_cycle_is_a_positioned_error()
    {
        var missing = TestRepository.Load(("sync.yaml", GitRepository), ("flux.yaml", Kustomization("  path: ./nowhere\n")), ("x/cm.yaml", "a: 1\n"), (".gitopslint.yaml", "repositories:\n  self: https://github.com/org/repo\n"));
        var cycle = TestRepository.Load(
            ("sync.yaml", GitRepository),
            ("flux.yaml", Kustomization("  path: ./a\n")),
            ("a/kustomization.yaml", "resources:\n- ../b\n"),
            ("b/kustomization.yaml", "resources:\n- ../a\n"));

        var notFound = Assert.Single(Render(missing).Problems);
        var loop = Assert.Single(Render(cycle).Problems);

        Assert.Equal((UnitProblemCode.Missing, "flux.yaml", 10, 9), (notFound.Code, notFound.Location.Path, notFound.Location.Span.Start.Line, notFound.Location.Span.Start.Column));
        Assert.Equal((UnitProblemCode.Cycle, "b/kustomization.yaml", 2), (loop.Code, loop.Location.Path, loop.Location.Span.Start.Line));
    }

    [Fact]
    public void A_path_in_another_repository_is_one_note()
    {
        var repository = TestRepository.Load(
            (".git/config", "[remote \"origin\"]\n\turl = https://github.com/org/this.git\n"),
            ("sync.yaml", GitRepository),
            ("flux.yaml", Kustomization("  path: ./deploy\n")),
            ("deploy/cm.yaml", "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: x\n"));

        var problem = Assert.Single(Render(repository).Problems);

        Assert.Equal((UnitProblemCode.NotRenderableOffline, UnitProblemSeverity.Note), (problem.Code, problem.Severity));
    }
}
