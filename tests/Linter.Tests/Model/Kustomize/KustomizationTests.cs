using GitOpsLint.Model.Kustomize;
using GitOpsLint.Tests.Model.References;

namespace GitOpsLint.Tests.Model.Kustomize;

public sealed class KustomizationTests
{
    [Fact]
    public void ReadsEveryFileField()
    {
        var repository = ModelRepository.Load(new Dictionary<string, string>
        {
            ["o/kustomization.yaml"] = "resources: [r.yaml]\ncomponents: [../c]\npatches:\n  - path: p.yaml\n  - patch: 'inline'\npatchesStrategicMerge:\n  - s.yaml\n  - |\n    apiVersion: v1\n    kind: ConfigMap\npatchesJson6902:\n  - path: j.yaml\nconfigMapGenerator:\n  - name: c\n    files: [k=f.txt, g.txt]\n    envs: [e.env]\nsecretGenerator:\n  - name: s\n    env: s.env\nreplacements:\n  - path: rep.yaml\n",
        });
        var kustomization = Kustomization.From(repository.GetFile("o/kustomization.yaml")!)!;
        Assert.Equal("o", kustomization.Directory);
        Assert.Equal(
            ["resources r.yaml", "components ../c", "patchesStrategicMerge s.yaml", "patches p.yaml", "patchesJson6902 j.yaml", "replacements rep.yaml", "configMapGenerator f.txt", "configMapGenerator g.txt", "configMapGenerator e.env", "secretGenerator s.env"],
            kustomization.References.Select(r => r.FieldName + " " + r.Written.Value));
    }

    [Theory]
    [InlineData("github.com/org/repo//base?ref=v1", true)]
    [InlineData("https://example.com/x.yaml", true)]
    [InlineData("../base", false)]
    public void RemoteTargets(string value, bool remote) => Assert.Equal(remote, Kustomization.IsRemote(value));
}
