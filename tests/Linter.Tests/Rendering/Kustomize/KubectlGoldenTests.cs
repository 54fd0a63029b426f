using GitOpsLint.Rendering.Kustomize;
using GitOpsLint.Workspace;

namespace GitOpsLint.Tests.Rendering.Kustomize;

/// <summary>
/// Every fixture under tests/fixtures/kustomize built by <see cref="KustomizeBuilder"/> must print exactly what
/// <c>kubectl kustomize</c> printed (expected.yaml, byte for byte), or fail with the key text of kubectl's error
/// (error-key.txt). The goldens come from tools/goldens/kustomize/generate-goldens.sh.
/// </summary>
public sealed class KubectlGoldenTests
{
    public static TheoryData<string> Fixtures() => new(KustomizeFixtures.Names());

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void Build_matches_kubectl_kustomize(string fixture)
    {
        var directory = Path.Combine(KustomizeFixtures.Root, fixture);
        var result = KustomizeBuilder.Build(new FileSystemWorkspace(directory), KustomizeFixtures.BuildDirectory(fixture));
        var expectedFile = Path.Combine(directory, "expected.yaml");
        if (File.Exists(expectedFile))
        {
            Assert.True(result.Succeeded, string.Join("\n", result.Errors));
            Assert.Equal(File.ReadAllText(expectedFile), result.ToYaml());
            return;
        }

        var key = File.ReadAllText(Path.Combine(directory, "error-key.txt")).Trim();
        Assert.False(result.Succeeded, "kubectl failed on this fixture but the build succeeded");
        Assert.Contains(key, result.Errors[0].Message, StringComparison.Ordinal);
    }
}
