using GitOpsLint.Rendering.Kustomize;
using GitOpsLint.Rendering.Kustomize.Nodes;
using GitOpsLint.Rendering.Kustomize.Patching;
using GitOpsLint.Workspace;

namespace GitOpsLint.Tests.Rendering.Kustomize;

public sealed class KustomizeBuilderTests
{
    private const string Deployment = """
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: web
        spec:
          template:
            spec:
              containers:
              - name: web
                image: nginx
        """;

    [Fact]
    public void Rendered_fields_remember_the_file_and_line_that_wrote_them()
    {
        var workspace = new InMemoryWorkspace(new Dictionary<string, string>
        {
            ["base/kustomization.yaml"] = "resources:\n- deployment.yaml\n",
            ["base/deployment.yaml"] = Deployment,
            ["prod/kustomization.yaml"] = "resources:\n- ../base\nnamespace: prod\npatches:\n- patch: |-\n    apiVersion: apps/v1\n    kind: Deployment\n    metadata:\n      name: web\n    spec:\n      replicas: 3\n",
        });

        var result = KustomizeBuilder.Build(workspace, "prod");

        var deployment = Assert.Single(result.Objects);
        Assert.Equal("base/deployment.yaml", deployment.SourcePath);
        var image = deployment.Root.GetMapping("spec")!.GetMapping("template")!.GetMapping("spec")!.GetSequence("containers")!.Items[0] is KMapping container ? container.Get("image") : null;
        Assert.Equal(new NodeOrigin("base/deployment.yaml", 10, 16), image!.Origin);
        Assert.Equal(new NodeOrigin("prod/kustomization.yaml", 3, 12), deployment.Root.GetMapping("metadata")!.Get("namespace")!.Origin);
        Assert.Equal(new NodeOrigin("prod/kustomization.yaml", 11, 17), deployment.Root.GetMapping("spec")!.Get("replicas")!.Origin);
    }

    [Fact]
    public void A_missing_resource_is_an_error_at_the_line_that_names_it()
    {
        var workspace = new InMemoryWorkspace(new Dictionary<string, string>
        {
            ["app/kustomization.yaml"] = "resources:\n- deployment.yaml\n- missing.yaml\n",
            ["app/deployment.yaml"] = Deployment,
        });

        var result = KustomizeBuilder.Build(workspace, "app");

        Assert.Empty(result.Objects);
        var error = Assert.Single(result.Errors);
        Assert.Equal(("app/kustomization.yaml", 3, 3), (error.Path, error.Line, error.Column));
        Assert.Contains("no such file or directory", error.Message, StringComparison.Ordinal);
        Assert.NotNull(error.Hint);
    }

    [Fact]
    public void A_resource_outside_the_repository_is_refused_without_reading_it()
    {
        var workspace = new InMemoryWorkspace(new Dictionary<string, string>
        {
            ["app/kustomization.yaml"] = "resources:\n- ../../etc/passwd\n",
        });

        var result = KustomizeBuilder.Build(workspace, "app");

        var error = Assert.Single(result.Errors);
        Assert.Contains("is not in or below", error.Message, StringComparison.Ordinal);
        Assert.Equal(2, error.Line);
    }

    [Fact]
    public void A_remote_base_is_reported_and_never_fetched()
    {
        var workspace = new InMemoryWorkspace(new Dictionary<string, string>
        {
            ["kustomization.yaml"] = "resources:\n- github.com/acme/config//base?ref=v1\n",
        });

        var error = Assert.Single(KustomizeBuilder.Build(workspace, string.Empty).Errors);

        Assert.Contains("github.com/acme/config//base?ref=v1", error.Message, StringComparison.Ordinal);
        Assert.Contains("not fetched", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Helm_charts_are_rendered_through_the_extension_point_when_enabled()
    {
        var workspace = new InMemoryWorkspace(new Dictionary<string, string>
        {
            ["kustomization.yaml"] = "namespace: cache\nhelmCharts:\n- name: redis\n  releaseName: r\n",
        });
        var options = new KustomizeBuildOptions { EnableHelm = true, HelmChartInflator = new FixedChart("apiVersion: v1\nkind: Service\nmetadata:\n  name: r-redis\n") };

        var result = KustomizeBuilder.Build(workspace, string.Empty, options);

        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        Assert.Equal("apiVersion: v1\nkind: Service\nmetadata:\n  name: r-redis\n  namespace: cache\n", result.ToYaml());
    }

    [Fact]
    public void Helm_charts_fail_like_kustomize_when_helm_is_not_enabled()
    {
        var workspace = new InMemoryWorkspace(new Dictionary<string, string> { ["kustomization.yaml"] = "helmCharts:\n- name: redis\n" });

        var error = Assert.Single(KustomizeBuilder.Build(workspace, string.Empty).Errors);

        Assert.Contains("must specify --enable-helm", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Unsupported_fields_are_noted_and_the_build_goes_on()
    {
        var workspace = new InMemoryWorkspace(new Dictionary<string, string>
        {
            ["kustomization.yaml"] = "resources:\n- deployment.yaml\nopenapi:\n  path: schema.json\n",
            ["deployment.yaml"] = Deployment,
        });

        var result = KustomizeBuilder.Build(workspace, string.Empty);

        Assert.True(result.Succeeded);
        var note = Assert.Single(result.Notes);
        Assert.Equal(3, note.Line);
        Assert.Contains("'openapi'", note.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Patch_metadata_from_options_decides_how_lists_of_custom_resources_merge()
    {
        var workspace = new InMemoryWorkspace(new Dictionary<string, string>
        {
            ["kustomization.yaml"] = "resources:\n- widget.yaml\npatches:\n- patch: |-\n    apiVersion: example.com/v1\n    kind: Widget\n    metadata:\n      name: w\n    spec:\n      parts:\n      - id: b\n        size: 9\n",
            ["widget.yaml"] = "apiVersion: example.com/v1\nkind: Widget\nmetadata:\n  name: w\nspec:\n  parts:\n  - id: a\n    size: 1\n  - id: b\n    size: 2\n",
        });
        var merged = KustomizeBuilder.Build(workspace, string.Empty, new KustomizeBuildOptions { PatchMetadata = new PartsById() });
        var replaced = KustomizeBuilder.Build(workspace, string.Empty);

        Assert.Contains("- id: b\n    size: 9\n  - id: a\n    size: 1\n", merged.ToYaml(), StringComparison.Ordinal);
        Assert.Contains("parts:\n  - id: b\n    size: 9\n", replaced.ToYaml(), StringComparison.Ordinal);
        Assert.DoesNotContain("id: a", replaced.ToYaml(), StringComparison.Ordinal);
    }

    private sealed class FixedChart(string manifest) : IHelmChartInflator
    {
        public HelmInflationResult Inflate(IWorkspace workspace, string kustomizationDirectory, KMapping chart, KMapping? helmGlobals) => new(manifest, null);
    }

    private sealed class PartsById : IPatchMetadata
    {
        public IReadOnlyList<string> GetMergeKeys(string apiVersion, string kind, IReadOnlyList<string> path) =>
            kind == "Widget" && string.Join('/', path) == "spec/parts" ? ["id"] : BuiltinPatchMetadata.Instance.GetMergeKeys(apiVersion, kind, path);
    }
}
