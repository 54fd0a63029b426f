using GitOpsLint.Diagnostics;
using GitOpsLint.Rules.Schema;
using GitOpsLint.Rules.Tests.Infrastructure;

namespace GitOpsLint.Rules.Tests.Schema;

public sealed class ApiLifecycleAnalyzerTests
{
    private static IReadOnlyList<Diagnostic> Run(string yaml, string? configuration = null) =>
        RuleHarness.Run(new Dictionary<string, string> { ["app.yaml"] = yaml }, configuration, new ApiLifecycleAnalyzer());

    private static string[] Lines(IEnumerable<Diagnostic> diagnostics) => diagnostics.Select(d => $"{d.Id} {d.Location} {d.Message}").ToArray();

    private const string CronJob = "apiVersion: batch/v1beta1\nkind: CronJob\nmetadata:\n  name: report\nspec:\n  schedule: '0 * * * *'\n  jobTemplate:\n    spec:\n      template:\n        spec:\n          restartPolicy: OnFailure\n          containers:\n            - name: report\n              image: busybox\n";

    [Fact]
    public void RemovedBuiltInApiIsAnErrorWithAFix()
    {
        var result = Run(CronJob);
        Assert.Equal(["GOL111 app.yaml(1,13) batch/v1beta1 CronJob is not served: Kubernetes 1.25 removed it (target is 1.33); use batch/v1"], Lines(result));
        var edit = Assert.Single(result[0].Fix!.Edits);
        Assert.Equal(("batch/v1", 1, 13, 1, 26), (edit.NewText, edit.Span.Start.Line, edit.Span.Start.Column, edit.Span.End.Line, edit.Span.End.Column));
    }

    [Fact]
    public void DeprecatedBuiltInApiBeforeRemovalIsAWarning()
    {
        var result = Run(CronJob, "kubernetesVersion: \"1.22\"\n");
        Assert.Equal(["GOL110 app.yaml(1,13) batch/v1beta1 CronJob is deprecated: deprecated since Kubernetes 1.21 and removed in 1.25; use batch/v1"], Lines(result));
        Assert.Empty(Run(CronJob, "kubernetesVersion: \"1.20\"\n"));
    }

    [Fact]
    public void PodSecurityPolicyHasNoSuccessor()
    {
        var result = Run("apiVersion: policy/v1beta1\nkind: PodSecurityPolicy\nmetadata:\n  name: restricted\n");
        var finding = Assert.Single(result);
        Assert.Null(finding.Fix);
        Assert.EndsWith("PodSecurityPolicy has no successor: use Pod Security Admission (pod-security.kubernetes.io labels on namespaces) or a policy engine", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void DeprecatedCrdVersionNamesTheStorageVersion()
    {
        var result = Run("apiVersion: helm.toolkit.fluxcd.io/v2beta1\nkind: HelmRelease\nmetadata:\n  name: podinfo\nspec:\n  interval: 10m\n  chart:\n    spec:\n      chart: podinfo\n      sourceRef: {kind: HelmRepository, name: podinfo}\n");
        Assert.Equal(["GOL110 app.yaml(1,13) helm.toolkit.fluxcd.io/v2beta1 HelmRelease is deprecated: its CustomResourceDefinition warns \"v2beta1 HelmRelease is deprecated, upgrade to v2\"; use helm.toolkit.fluxcd.io/v2"], Lines(result));
        Assert.Equal("change apiVersion to helm.toolkit.fluxcd.io/v2", result[0].Fix?.Description);
    }

    [Fact]
    public void NoFixWhenTheNewVersionRejectsTheObject()
    {
        // v2beta1's valuesFile field does not exist in v2: rewriting apiVersion alone would not be enough.
        var result = Run("apiVersion: helm.toolkit.fluxcd.io/v2beta1\nkind: HelmRelease\nmetadata:\n  name: podinfo\nspec:\n  interval: 10m\n  chart:\n    spec:\n      chart: podinfo\n      valuesFile: values-prod.yaml\n      sourceRef: {kind: HelmRepository, name: podinfo}\n");
        var finding = Assert.Single(result);
        Assert.Null(finding.Fix);
    }

    [Fact]
    public void NotServedCrdVersionIsAnError()
    {
        var result = Run("apiVersion: external-secrets.io/v1beta1\nkind: ExternalSecret\nmetadata:\n  name: db\n");
        Assert.Equal(["GOL111 app.yaml(1,13) external-secrets.io/v1beta1 ExternalSecret is not served: ExternalSecret's CustomResourceDefinition no longer serves it; use external-secrets.io/v1"], Lines(result));
    }

    [Fact]
    public void UnknownCrdVersionIsAnError()
    {
        var result = Run("apiVersion: argoproj.io/v1beta1\nkind: Application\nmetadata:\n  name: web\n");
        var finding = Assert.Single(result);
        Assert.Equal("GOL111", finding.Id);
        Assert.Contains("does not define it; it serves v1alpha1", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void CurrentVersionsHaveNoFinding()
    {
        Assert.Empty(Run("apiVersion: batch/v1\nkind: CronJob\nmetadata:\n  name: report\n---\napiVersion: helm.toolkit.fluxcd.io/v2\nkind: HelmRelease\nmetadata:\n  name: x\n---\napiVersion: cert-manager.io/v1\nkind: Certificate\nmetadata:\n  name: c\n"));
    }
}
