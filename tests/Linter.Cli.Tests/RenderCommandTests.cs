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
