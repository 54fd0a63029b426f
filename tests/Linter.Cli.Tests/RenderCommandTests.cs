namespace GitOpsLint.Cli.Tests;

public sealed class RenderCommandTests
{
    [Fact]
    public void RenderKustomizePrintsWhatKubectlPrints()
    {
        var fixture = Path.Combine(CliRunner.RepositoryRoot, "tests", "fixtures", "kustomize", "base-overlay");
        var (code, output, error) = CliRunner.Run("render", "kustomize", fixture);
        Assert.True(code == 0, error);
        Assert.Equal(File.ReadAllText(Path.Combine(fixture, "expected.yaml")), output);
    }

    [Fact]
    public void RenderKustomizeReportsBuildErrorsWithPositions()
    {
        var temp = Directory.CreateTempSubdirectory("gol-render-").FullName;
        try
        {
            Directory.CreateDirectory(Path.Combine(temp, ".git"));
            File.WriteAllText(Path.Combine(temp, "kustomization.yaml"), "resources:\n  - missing.yaml\n");
            var (code, _, error) = CliRunner.Run("render", "kustomize", temp);
            Assert.Equal(1, code);
            Assert.Contains("kustomization.yaml(2,", error);
            Assert.Contains("missing.yaml", error);
        }
        finally
        {
            Directory.Delete(temp, recursive: true);
        }
    }
}

public sealed class RenderUnitCommandTests
{
    [Fact]
    public void ListsEveryUnitOfTheExample()
    {
        var (code, output, _) = CliRunner.Run("render", "--list", "-r", CliRunner.Example);
        Assert.Equal(0, code);
        Assert.Contains("Application/argocd/myapp ", output);
        Assert.Contains("ApplicationSet/argocd/myapp-prod[1]", output);
        Assert.Contains("Kustomization/flux-system/apps-prod", output);
        Assert.Contains("HelmRelease/myapp/redis", output);
    }

    [Fact]
    public void RendersAUnitOrSaysWhyNot()
    {
        var fixture = Path.Combine(CliRunner.RepositoryRoot, "tests", "fixtures", "repos", "flux-kustomize-helm");
        var (listCode, list, _) = CliRunner.Run("render", "--list", "-r", fixture);
        Assert.Equal(0, listCode);
        var kustomization = list.Split('\n').First(l => l.StartsWith("Kustomization/", StringComparison.Ordinal)).Split(' ')[0];
        var (code, output, error) = CliRunner.Run("render", kustomization, "-r", fixture);
        Assert.True(code == 0, error);
        Assert.Contains("# Source: ", output);
        Assert.Equal(2, CliRunner.Run("render", "Application/nope", "-r", fixture).ExitCode);
    }
}

public sealed class RenderChartCommandTests
{
    [Theory]
    [InlineData("webapp-default", new[] { "webapp" })]
    [InlineData("umbrella-prod", new[] { "umbrella-values", "-f", "values/umbrella-prod.yaml", "-f", "values/umbrella-override.yaml" })]
    [InlineData("hooks-order-skip-tests", new[] { "hooks-order", "--skip-tests" })]
    public void PrintsWhatHelmTemplatePrints(string caseId, string[] arguments)
    {
        var fixtures = Path.Combine(CliRunner.RepositoryRoot, "tests", "fixtures", "charts");
        var absolute = arguments.Select((a, i) => i == 0 || (i > 0 && arguments[i - 1] == "-f") ? Path.Combine(fixtures, a) : a);
        var (code, output, error) = CliRunner.Run(["render", "chart", .. absolute]);
        Assert.True(code == 0, error);
        Assert.Equal(File.ReadAllText(Path.Combine(fixtures, "expected", caseId + ".txt")), output);
    }

    [Fact]
    public void RenderErrorsGoToStandardErrorInHelmsWords()
    {
        var chart = Path.Combine(CliRunner.RepositoryRoot, "tests", "fixtures", "charts", "webapp");
        var (code, _, error) = CliRunner.Run("render", "chart", chart, "--kube-version", "1.18");
        Assert.Equal(1, code);
        Assert.StartsWith("Error: ", error);
    }
}

public sealed class RenderJsonTests
{
    [Fact]
    public void ListAndUnitAsJson()
    {
        var (code, list, _) = CliRunner.Run("render", "--list", "-r", CliRunner.Example, "--format", "json");
        Assert.Equal(0, code);
        using var units = System.Text.Json.JsonDocument.Parse(list);
        Assert.Contains(units.RootElement.GetProperty("units").EnumerateArray(), u => u.GetProperty("id").GetString() == "Application/argocd/myapp-dev");

        var (_, rendered, _) = CliRunner.Run("render", "Application/argocd/myapp-dev", "-r", CliRunner.Example, "--format", "json");
        using var unit = System.Text.Json.JsonDocument.Parse(rendered);
        var objects = unit.RootElement.GetProperty("objects").EnumerateArray().ToArray();
        Assert.Contains(objects, o => o.GetProperty("kind").GetString() == "Deployment" && o.GetProperty("source").GetString()!.StartsWith("charts/myapp/templates/deployment.yaml:", StringComparison.Ordinal));
    }
}

public sealed class RenderKustomizeHelmTests
{
    [Fact]
    public void HelmChartsAreInflatedFromTheVendoredChartWithEnableHelm()
    {
        var temp = Directory.CreateTempSubdirectory("gol-kh-").FullName;
        try
        {
            Directory.CreateDirectory(Path.Combine(temp, ".git"));
            Directory.CreateDirectory(Path.Combine(temp, "charts", "demo", "templates"));
            File.WriteAllText(Path.Combine(temp, "charts", "demo", "Chart.yaml"), "apiVersion: v2\nname: demo\nversion: 0.1.0\n");
            File.WriteAllText(Path.Combine(temp, "charts", "demo", "values.yaml"), "greeting: hello\n");
            File.WriteAllText(Path.Combine(temp, "charts", "demo", "templates", "cm.yaml"), "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: {{ .Release.Name }}\ndata:\n  greeting: {{ .Values.greeting }}\n");
            File.WriteAllText(Path.Combine(temp, "kustomization.yaml"), "namespace: apps\nhelmCharts:\n  - name: demo\n    releaseName: web\n    valuesInline:\n      greeting: bonjour\n");

            var (code, output, error) = CliRunner.Run("render", "kustomize", temp, "--enable-helm");
            Assert.True(code == 0, error);
            Assert.Equal("apiVersion: v1\ndata:\n  greeting: bonjour\nkind: ConfigMap\nmetadata:\n  name: web\n  namespace: apps\n", output);

            var (withoutCode, _, withoutError) = CliRunner.Run("render", "kustomize", temp);
            Assert.Equal(1, withoutCode);
            Assert.Contains("--enable-helm", withoutError);
        }
        finally
        {
            Directory.Delete(temp, recursive: true);
        }
    }
}
