using GitOpsLint.Model.References;

namespace GitOpsLint.Tests.Model.References;

public sealed class RepositoryIdentityTests
{
    [Theory]
    [InlineData("https://github.com/org/monorepo.git", "github.com/org/monorepo")]
    [InlineData("https://user:token@GitHub.com/org/monorepo/", "github.com/org/monorepo")]
    [InlineData("git@github.com:org/monorepo.git", "github.com/org/monorepo")]
    [InlineData("ssh://git@github.com/org/monorepo.git", "github.com/org/monorepo")]
    [InlineData("ssh://git@gitlab.example.com:2222/group/Repo.git", "gitlab.example.com/group/Repo")]
    public void NormalizesEquivalentUrls(string url, string expected) => Assert.Equal(expected, RepositoryIdentity.Normalize(url));

    [Theory]
    [InlineData("charts/myapp", "environments/prod", "../../environments/prod")]
    [InlineData("", "environments", "environments")]
    [InlineData("a/b", "a/b", ".")]
    [InlineData("a/b", "a", "..")]
    public void RelativePaths(string from, string to, string expected) => Assert.Equal(expected, ReferenceIndex.RelativePath(from, to));
}
