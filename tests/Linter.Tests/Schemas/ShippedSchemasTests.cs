using GitOpsLint.Schemas;
using GitOpsLint.Tests.Reporting;

namespace GitOpsLint.Tests.Schemas;

/// <summary>The shipped schemas are exactly what the importer makes of the upstream files (tools/schemas/regenerate.sh).</summary>
public sealed class ShippedSchemasTests
{
    private static string SchemasFolder => Path.Combine(TestPaths.RepositoryRoot, "schemas");

    [UpstreamFact]
    public void ShippedSchemasAreTheImportOfUpstream()
    {
        var names = File.ReadAllLines(Path.Combine(TestPaths.RepositoryRoot, "tools", "schemas", "inputs.txt"))
            .Select(l => l.Trim()).Where(l => l.Length > 0 && !l.StartsWith('#'));
        var inputs = names.Select(name => new SchemaInput(name, File.ReadAllBytes(Path.Combine(UpstreamFactAttribute.Upstream, name)))).ToArray();

        var (files, _, problems) = SchemaImporter.Convert(inputs);

        Assert.Empty(problems);
        var shipped = Directory.GetFiles(SchemasFolder, "*.json").Select(Path.GetFileName).Where(n => !n!.StartsWith("gitopslint-", StringComparison.Ordinal)).Order(StringComparer.Ordinal).ToArray();
        Assert.Equal(files.Keys.ToArray(), shipped);
        foreach (var (name, content) in files)
        {
            Assert.True(content == File.ReadAllText(Path.Combine(SchemasFolder, name)), $"schemas/{name} differs from the importer's output; run tools/schemas/regenerate.sh");
        }
    }

    [Fact]
    public void ShippedSetCoversTheRequiredKindsAndVersions()
    {
        var index = File.ReadAllText(Path.Combine(SchemasFolder, SchemaImporter.IndexFileName));
        string[] required =
        [
            "apps/v1/Deployment", "/v1/Service", "batch/v1/CronJob", "networking.k8s.io/v1/Ingress",
            "argoproj.io/v1alpha1/Application", "argoproj.io/v1alpha1/ApplicationSet", "argoproj.io/v1alpha1/AppProject",
            "argoproj.io/v1alpha1/Rollout", "argoproj.io/v1alpha1/AnalysisTemplate", "argoproj.io/v1alpha1/ClusterAnalysisTemplate",
            "argoproj.io/v1alpha1/AnalysisRun", "argoproj.io/v1alpha1/Experiment",
            "helm.toolkit.fluxcd.io/v2/HelmRelease", "helm.toolkit.fluxcd.io/v2beta1/HelmRelease", "helm.toolkit.fluxcd.io/v2beta2/HelmRelease",
            "kustomize.toolkit.fluxcd.io/v1/Kustomization", "kustomize.toolkit.fluxcd.io/v1beta2/Kustomization",
            "source.toolkit.fluxcd.io/v1/GitRepository", "source.toolkit.fluxcd.io/v1beta2/OCIRepository", "source.toolkit.fluxcd.io/v1/ExternalArtifact",
            "notification.toolkit.fluxcd.io/v1beta3/Alert", "notification.toolkit.fluxcd.io/v1/Receiver", "image.toolkit.fluxcd.io/v1beta2/ImagePolicy",
            "bitnami.com/v1alpha1/SealedSecret",
            "external-secrets.io/v1/ExternalSecret", "external-secrets.io/v1beta1/ExternalSecret", "external-secrets.io/v1/ClusterExternalSecret",
            "external-secrets.io/v1/SecretStore", "external-secrets.io/v1beta1/ClusterSecretStore",
        ];
        Assert.All(required, key => Assert.Contains($"\"{key}\"", index, StringComparison.Ordinal));
    }

    [Fact]
    public void ShippedSchemasStaySmall()
    {
        var total = Directory.GetFiles(SchemasFolder, "*.json").Sum(f => new FileInfo(f).Length);
        Assert.InRange(total, 500_000, 8_000_000);
    }

    [Fact]
    public void ShippedSchemasAreCopiedNextToTheProgram() =>
        Assert.True(File.Exists(Path.Combine(ShippedSchemas.Directory, SchemaImporter.IndexFileName)), ShippedSchemas.Directory);
}
