namespace GitOpsLint.Cli.Tests;

public sealed class RulesCommandTests
{
    [Fact]
    public void ListsRulesByCategory()
    {
        var (code, output, _) = CliRunner.Run("rules");
        Assert.Equal(0, code);
        Assert.Contains("GOL001  error    YAML syntax error", output);
    }

    [Fact]
    public void ExplainsOneRule()
    {
        var (code, output, _) = CliRunner.Run("rules", "GOL003");
        Assert.Equal(0, code);
        Assert.Contains("YAML 1.1 ambiguous value", output);
        Assert.Contains("gitopslint-disable-next-line GOL003", output);
        Assert.Equal(2, CliRunner.Run("rules", "GOL000").ExitCode);
    }

    /// <summary>docs/rules is generated from the descriptors; this fails when a rule changed and the pages were not regenerated.</summary>
    [Fact]
    public void CommittedRulePagesAreUpToDate()
    {
        var generated = Directory.CreateTempSubdirectory("gol-docs-").FullName;
        try
        {
            Assert.Equal(0, CliRunner.Run("rules", "--format", "markdown", "--output", generated).ExitCode);
            var committed = Path.Combine(CliRunner.RepositoryRoot, "docs", "rules");
            var expectedFiles = Directory.GetFiles(generated).Select(Path.GetFileName).Order().ToArray();
            var actualFiles = Directory.Exists(committed) ? Directory.GetFiles(committed).Select(Path.GetFileName).Order().ToArray() : [];
            Assert.True(expectedFiles.SequenceEqual(actualFiles), "docs/rules is stale: run `dotnet run --project src/Linter.Cli -- rules --format markdown --output docs/rules`");
            foreach (var file in expectedFiles)
            {
                Assert.True(
                    File.ReadAllText(Path.Combine(generated, file!)) == File.ReadAllText(Path.Combine(committed, file!)),
                    $"docs/rules/{file} is stale: run `dotnet run --project src/Linter.Cli -- rules --format markdown --output docs/rules`");
            }
        }
        finally
        {
            Directory.Delete(generated, recursive: true);
        }
    }
}
