using GitOpsLint.Rendering.Kustomize;
using GitOpsLint.Workspace;

namespace GitOpsLint.Tests.Rendering.Kustomize;

/// <summary>
/// The kustomize overlays of the fixture repositories (tests/fixtures/repos) rendered by <see cref="KustomizeBuilder"/>
/// with the repository as workspace must equal their committed <c>kubectl kustomize</c> renders in <c>_rendered/</c>.
/// </summary>
public sealed class RepositoryRenderTests
{
    private static string ReposRoot => Path.GetFullPath(Path.Combine(KustomizeFixtures.Root, "..", "repos"));

    public static TheoryData<string> Renders() =>
        new(Directory.EnumerateFiles(Path.Combine(ReposRoot, "_rendered"), "kustomize__*.yaml").Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal));

    [Theory]
    [MemberData(nameof(Renders))]
    public void Overlay_matches_its_kubectl_render(string renderFile)
    {
        var parts = renderFile["kustomize__".Length..^".yaml".Length].Split("__");
        var repository = Path.Combine(ReposRoot, parts[0]);
        var directory = string.Join('/', parts.Skip(1));

        var result = KustomizeBuilder.Build(new FileSystemWorkspace(repository), directory);

        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        Assert.Equal(File.ReadAllText(Path.Combine(ReposRoot, "_rendered", renderFile)), result.ToYaml());
    }
}
