using GitOpsLint.Workspace;

namespace GitOpsLint.Tests.Workspace;

public sealed class RepoPathTests
{
    [Theory]
    [InlineData("a/./b//c", "a/b/c")]
    [InlineData("a/b/../c", "a/c")]
    [InlineData("a\\b", "a/b")]
    [InlineData(".", "")]
    [InlineData("../etc/passwd", null)]
    [InlineData("a/../../etc", null)]
    [InlineData("/etc/passwd", null)]
    public void Normalize(string input, string? expected) => Assert.Equal(expected, RepoPath.Normalize(input));

    [Fact]
    public void CombineResolvesRelativeToTheBaseFolder()
    {
        Assert.Equal("environments/prod/values.yaml", RepoPath.Combine("charts/myapp", "../../environments/prod/values.yaml"));
        Assert.Null(RepoPath.Combine("charts", "../../../etc/passwd"));
    }

    [Theory]
    [InlineData("vendor/**", "vendor/a/b.yaml", true)]
    [InlineData("*.yaml", "deep/x.yaml", true)]
    [InlineData("/top.yaml", "sub/top.yaml", false)]
    [InlineData("environments/*/secrets.yaml", "environments/prod/secrets.yaml", true)]
    [InlineData("**/generated", "a/generated/x.yaml", true)]
    [InlineData("charts/[ab]*", "charts/app/x", true)]
    [InlineData("charts/[!ab]*", "charts/app/x", false)]
    public void Globs(string pattern, string path, bool matches) => Assert.Equal(matches, new GlobPattern(pattern).IsMatch(path));
}
