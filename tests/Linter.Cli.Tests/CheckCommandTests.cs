using System.Text.Json;

namespace GitOpsLint.Cli.Tests;

public sealed class CheckCommandTests : IDisposable
{
    private readonly string temp = Directory.CreateTempSubdirectory("gol-cli-").FullName;

    public void Dispose() => Directory.Delete(temp, recursive: true);

    private string Write(string relative, string text)
    {
        var path = Path.Combine(temp, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return path;
    }

    [Fact]
    public void EmptyRepositoryIsClean()
    {
        var (code, output, _) = CliRunner.Run("check", temp);
        Assert.Equal(0, code);
        Assert.Contains("no problems found", output);
    }

    [Fact]
    public void FindingsFailAtTheFailLevelAndPrintFileLineColumn()
    {
        Write("values.yaml", "country: NO\n");
        Write("secret.yaml", "apiVersion: v1\nkind: Secret\nmetadata:\n  name: db\nstringData:\n  password: hunter2\n");
        var (code, output, _) = CliRunner.Run("check", temp, "--no-color");
        Assert.Equal(1, code);
        Assert.Contains("secret.yaml:5:1: error GOL501:", output);
        Assert.Contains("values.yaml:1:10: warning GOL003:", output);
        Assert.DoesNotContain("hunter2", output);

        Assert.Equal(0, CliRunner.Run("check", temp, "--fail-level", "none").ExitCode);
        File.Delete(Path.Combine(temp, "secret.yaml"));
        Assert.Equal(0, CliRunner.Run("check", temp).ExitCode);
        Assert.Equal(1, CliRunner.Run("check", temp, "--fail-level", "warning").ExitCode);
    }

    [Fact]
    public void MsBuildFormatIsWhatProblemMatchersRead()
    {
        Write("values.yaml", "country: NO\n");
        var (_, output, _) = CliRunner.Run("check", temp, "--format", "msbuild");
        var expectedPath = Path.Combine(temp, "values.yaml");
        Assert.StartsWith(expectedPath + "(1,10,1,12): warning GOL003: ", output);
    }

    [Fact]
    public void FilesModeReportsOnlyOnTheGivenFiles()
    {
        Directory.CreateDirectory(Path.Combine(temp, ".git"));
        var changed = Write("a/values.yaml", "x: yes\n");
        Write("b/values.yaml", "y: no\n");
        var (code, output, _) = CliRunner.Run("check", changed, "--fail-level", "warning");
        Assert.Equal(1, code);
        Assert.Contains("a/values.yaml", output);
        Assert.DoesNotContain("b/values.yaml", output);
    }

    [Fact]
    public void InvalidConfigurationExitsTwoWithPosition()
    {
        Write(".gitopslint.yaml", "rules:\n  GOL003: loud\n");
        var (code, _, error) = CliRunner.Run("check", temp);
        Assert.Equal(2, code);
        Assert.Contains(".gitopslint.yaml(2,11): error: 'loud' is not a severity", error);
    }

    [Fact]
    public void UsageErrorsExitTwo()
    {
        Assert.Equal(2, CliRunner.Run("check", "--format", "xml").ExitCode);
        Assert.Equal(2, CliRunner.Run("frobnicate").ExitCode);
        Assert.Equal(2, CliRunner.Run("check", Path.Combine(temp, "missing.yaml")).ExitCode);
    }

    [Fact]
    public void OutputFileGetsTheReportAndTheTerminalASummary()
    {
        Write("values.yaml", "country: NO\n");
        var report = Path.Combine(temp, "out", "results.sarif");
        var (code, output, _) = CliRunner.Run("check", temp, "--format", "sarif", "--output", report);
        Assert.Equal(0, code);
        Assert.Contains("1 warning(s)", output);
        using var sarif = JsonDocument.Parse(File.ReadAllText(report));
        Assert.Equal("2.1.0", sarif.RootElement.GetProperty("version").GetString());
    }

    [Fact]
    public void BaselineSuppressesKnownFindingsOnly()
    {
        Write("values.yaml", "country: NO\n");
        var baseline = Path.Combine(temp, "baseline.sarif");
        Assert.Equal(0, CliRunner.Run("baseline", temp, "--output", baseline).ExitCode);
        Write("values.yaml", "# moved down\ncountry: NO\n");
        Assert.Equal(0, CliRunner.Run("check", temp, "--baseline", baseline, "--fail-level", "warning").ExitCode);
        Write("values.yaml", "# moved down\ncountry: NO\nenabled: off\n");
        var (code, output, _) = CliRunner.Run("check", temp, "--baseline", baseline, "--fail-level", "warning", "--no-color");
        Assert.Equal(1, code);
        Assert.Contains("values.yaml:3:10", output);
        Assert.DoesNotContain("values.yaml:2:10", output);
    }

    [Fact]
    public void SarifOfTheExampleIsByteIdenticalAcrossRuns()
    {
        var first = Path.Combine(temp, "1.sarif");
        var second = Path.Combine(temp, "2.sarif");
        CliRunner.Run("check", CliRunner.Example, "-f", "sarif", "-o", first);
        CliRunner.Run("check", CliRunner.Example, "-f", "sarif", "-o", second);
        Assert.Equal(File.ReadAllBytes(first), File.ReadAllBytes(second));
    }

    [Fact]
    public void VersionIsPrinted()
    {
        var (code, output, _) = CliRunner.Run("--version");
        Assert.Equal(0, code);
        Assert.Matches(@"^\d+\.\d+\.\d+", output);
    }
}
