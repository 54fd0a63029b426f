using GitOpsLint.Model.References;

namespace GitOpsLint.Tests.Model.References;

public sealed class ReferenceIndexTests
{
    private const string App = "apiVersion: argoproj.io/v1alpha1\nkind: Application\nmetadata:\n  name: myapp\nspec:\n  source:\n    repoURL: https://github.com/org/monorepo.git\n    path: charts/myapp\n    helm:\n      valueFiles:\n        - values.yaml\n        - ../../environments/$ARGOCD_APP_NAME.yaml\n        - missing.yaml\n";

    [Fact]
    public void UnitsCarryTheResolvedInputsInOrder()
    {
        var repository = ModelRepository.Load(new Dictionary<string, string>
        {
            ["apps/app.yaml"] = App,
            ["charts/myapp/Chart.yaml"] = "apiVersion: v2\nname: myapp\nversion: 1.0.0\n",
            ["charts/myapp/values.yaml"] = "a: 1\n",
            ["environments/myapp.yaml"] = "a: 2\n",
        });
        var index = ReferenceIndex.Build(repository);
        Assert.Equal(IdentitySource.Inferred, index.Identity.Source);
        var unit = Assert.Single(index.Units);
        Assert.True(unit.IsLocal);
        Assert.Equal("charts/myapp", unit.Directory);
        Assert.Equal("myapp", unit.Chart?.Name?.Value);
        Assert.Equal(["charts/myapp/values.yaml", "environments/myapp.yaml", "charts/myapp/missing.yaml"], unit.ValueFiles.Select(v => v.Target));
        Assert.Equal([ReferenceStatus.Found, ReferenceStatus.Found, ReferenceStatus.Missing], unit.ValueFiles.Select(v => v.Status));
        Assert.Equal(13, unit.ValueFiles[2].Written.Node.Span.Start.Line);
    }

    [Fact]
    public void WithoutEvidenceNothingIsLocal()
    {
        var repository = ModelRepository.Load(new Dictionary<string, string> { ["apps/app.yaml"] = App });
        var index = ReferenceIndex.Build(repository);
        Assert.Equal(IdentitySource.None, index.Identity.Source);
        Assert.False(Assert.Single(index.Units).IsLocal);
        Assert.All(index.Units[0].ValueFiles, v => Assert.Equal(ReferenceStatus.External, v.Status));
    }

    [Fact]
    public void KustomizationReferencesAreIndexed()
    {
        var repository = ModelRepository.Load(new Dictionary<string, string>
        {
            ["base/kustomization.yaml"] = "resources: [a.yaml, ../missing, github.com/org/repo//x?ref=v1]\ncomponents: [../components/c]\n",
            ["base/a.yaml"] = "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: a\n",
            ["components/c/kustomization.yaml"] = "apiVersion: kustomize.config.k8s.io/v1alpha1\nkind: Component\n",
        });
        var references = ReferenceIndex.Build(repository).References;
        Assert.Equal(
            [(ReferenceStatus.Found, "a.yaml"), (ReferenceStatus.Missing, "../missing"), (ReferenceStatus.External, "github.com/org/repo//x?ref=v1"), (ReferenceStatus.Found, "../components/c")],
            references.Select(r => (r.Status, r.Written.Value)));
    }
}
