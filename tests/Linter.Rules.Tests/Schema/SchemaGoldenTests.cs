using System.Text;
using GitOpsLint.Rules.Schema;
using GitOpsLint.Rules.Tests.Infrastructure;

namespace GitOpsLint.Rules.Tests.Schema;

/// <summary>
/// For each shipped kind under tests/fixtures/schemas/KIND/: <c>valid.yaml</c> has no finding, and the findings of
/// <c>invalid.yaml</c> (rule, line:column, message) equal <c>invalid.expected</c> byte for byte. Set
/// GITOPSLINT_UPDATE_GOLDENS=1 to rewrite the expected files.
/// </summary>
public sealed class SchemaGoldenTests
{
    private static string Folder => Path.Combine(FixturePaths.Root, "schemas");

    public static TheoryData<string> Kinds()
    {
        var data = new TheoryData<string>();
        foreach (var directory in Directory.GetDirectories(Folder).Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(directory));
        }

        return data;
    }

    private static string Lint(string kind, string file)
    {
        var text = File.ReadAllText(Path.Combine(Folder, kind, file));
        var findings = RuleHarness.Run(new Dictionary<string, string> { [file] = text }, new SchemaValidationAnalyzer(), new ApiLifecycleAnalyzer());
        var builder = new StringBuilder();
        foreach (var finding in findings)
        {
            builder.Append(finding.Id).Append(' ').Append(finding.Location.Span.Start.Line).Append(':').Append(finding.Location.Span.Start.Column)
                .Append(' ').Append(finding.Message).Append('\n');
        }

        return builder.ToString();
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void ValidManifestHasNoFinding(string kind) => Assert.Equal(string.Empty, Lint(kind, "valid.yaml"));

    [Theory]
    [MemberData(nameof(Kinds))]
    public void InvalidManifestGivesTheExpectedFindings(string kind)
    {
        var actual = Lint(kind, "invalid.yaml");
        var expectedPath = Path.Combine(Folder, kind, "invalid.expected");
        if (Environment.GetEnvironmentVariable("GITOPSLINT_UPDATE_GOLDENS") == "1")
        {
            File.WriteAllText(expectedPath, actual, new UTF8Encoding(false));
        }

        Assert.True(File.Exists(expectedPath), $"{expectedPath} is missing; run with GITOPSLINT_UPDATE_GOLDENS=1 to create it");
        Assert.NotEqual(string.Empty, actual);
        Assert.Equal(File.ReadAllText(expectedPath), actual);
    }
}
