using GitOpsLint.Analysis;
using GitOpsLint.Diagnostics;
using GitOpsLint.Model;
using GitOpsLint.Model.Secrets;

namespace GitOpsLint.Rules.Secrets;

/// <summary>An ExternalSecret (or ClusterExternalSecret) whose <c>secretStoreRef</c> names a store the repository does not define.</summary>
internal sealed class SecretStoreRefAnalyzer : Analyzer
{
    public static readonly DiagnosticDescriptor MissingStore = new(
        "GOL244",
        "Secret store not found",
        "{0} {1} is not defined in this repository: {2} stays unsynced ('SecretStore not found') and the Secret is never created; define the store, or fix the name or kind",
        DiagnosticCategory.References,
        Severity.Warning,
        "An ExternalSecret reads its values through the SecretStore (same namespace) or ClusterSecretStore named by `secretStoreRef` (kind defaults to SecretStore). When no such store exists, the ExternalSecret reports `SecretSyncedError` and the target Secret is never created, so the workloads that mount it do not start. A store managed in another repository is a legitimate reason to suppress the finding.")
    {
        BadExample = "spec:\n  secretStoreRef:\n    kind: ClusterSecretStore\n    name: aws-secrets   # no ClusterSecretStore aws-secrets anywhere\n",
        GoodExample = "apiVersion: external-secrets.io/v1\nkind: ClusterSecretStore\nmetadata:\n  name: aws-secrets\nspec:\n  provider:\n    aws:\n      service: SecretsManager\n      region: eu-west-1\n",
        Tags = ["secrets", "references", "external-secrets"],
    };

    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics { get; } = [MissingStore];

    public override void Initialize(AnalysisContext context) => context.RegisterObjectAction(c =>
    {
        if (ExternalSecret.From(c.Object) is not { SecretStoreRef: { NameNode: { } nameNode } reference } externalSecret)
        {
            return;
        }

        var scope = reference.IsClusterScoped || externalSecret.IsClusterExternalSecret ? null : c.Object.Namespace;
        if (!c.Repository.Index.Find(reference.Kind, reference.Name, scope).Any(o => o.Group == SecretsApi.ExternalSecretsGroup))
        {
            var display = scope is null ? reference.Name : scope + "/" + reference.Name;
            c.Report(Diagnostic.Create(MissingStore, c.Object.LocationOf(nameNode), reference.Kind, display, c.Object.DisplayName));
        }
    }, SecretsApi.ExternalSecret, SecretsApi.ClusterExternalSecret);
}
