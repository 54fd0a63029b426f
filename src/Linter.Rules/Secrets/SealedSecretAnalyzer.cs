using GitOpsLint.Analysis;
using GitOpsLint.Diagnostics;
using GitOpsLint.Model.Secrets;
using GitOpsLint.Syntax;

namespace GitOpsLint.Rules.Secrets;

/// <summary>SealedSecret values that cannot be unsealed, and scope settings that contradict where the object lands.</summary>
internal sealed class SealedSecretAnalyzer : Analyzer
{
    public static readonly DiagnosticDescriptor InvalidCiphertext = new(
        "GOL504",
        "SealedSecret value is not sealed data",
        "encryptedData '{0}' {1}: the controller cannot unseal it and the Secret is never created; seal the real value with kubeseal",
        DiagnosticCategory.Security,
        Severity.Error,
        "Every `spec.encryptedData` value of a SealedSecret is base64 of what kubeseal produces: a two-byte length, the RSA-encrypted session key (256 or 512 bytes) and the AES-GCM ciphertext, so real values are several hundred characters long and start with `Ag`. Placeholders (`AgA2...`, `TODO`), plain base64 of the secret, or truncated copies fail to unseal: the SealedSecret reports an error and the Secret never appears.")
    {
        BadExample = "spec:\n  encryptedData:\n    DB_PASSWORD: AgA2...\n",
        GoodExample = "spec:\n  encryptedData:\n    DB_PASSWORD: AgBy3i4OJSWK+PiTySYZZA9rO43cGDEq...   # the complete kubeseal output\n",
        SecuritySeverity = 4.0,
        Tags = ["security", "secrets", "sealed-secrets"],
    };

    public static readonly DiagnosticDescriptor StrictWithoutNamespace = new(
        "GOL505",
        "Strict-scope SealedSecret without namespace",
        "SealedSecret {0} uses the strict scope (sealed for one name and namespace) but has no metadata.namespace: it only unseals if applied to the namespace it was sealed for; add that namespace",
        DiagnosticCategory.Security,
        Severity.Warning,
        "By default kubeseal binds the encrypted values to the SealedSecret's name and namespace. Without `metadata.namespace` the object lands in whatever namespace it is applied to, and unsealing fails (`no key could decrypt secret`) unless that is exactly the namespace used when sealing. Write the namespace, or seal with `--scope namespace-wide`/`cluster-wide` and annotate accordingly.")
    {
        BadExample = "apiVersion: bitnami.com/v1alpha1\nkind: SealedSecret\nmetadata:\n  name: myapp-secrets\n",
        GoodExample = "apiVersion: bitnami.com/v1alpha1\nkind: SealedSecret\nmetadata:\n  name: myapp-secrets\n  namespace: myapp\n",
        SecuritySeverity = 3.0,
        Tags = ["secrets", "sealed-secrets"],
    };

    public static readonly DiagnosticDescriptor ScopeContradiction = new(
        "GOL506",
        "SealedSecret scope contradicts its metadata",
        "{0}",
        DiagnosticCategory.Security,
        Severity.Warning,
        "The scope a value was sealed with (strict, namespace-wide, cluster-wide) is declared with the `sealedsecrets.bitnami.com/namespace-wide` and `sealedsecrets.bitnami.com/cluster-wide` annotations. Both at once is contradictory (the controller uses cluster-wide). Under a strict or namespace-wide scope, a `spec.template.metadata` name or namespace different from the SealedSecret's shows the values were sealed for another object: the controller creates the Secret with the SealedSecret's own name and namespace, and cannot unseal values sealed for different ones.")
    {
        BadExample = "metadata:\n  name: db\n  namespace: prod\nspec:\n  template:\n    metadata:\n      namespace: staging\n",
        GoodExample = "metadata:\n  name: db\n  namespace: prod\nspec:\n  template:\n    metadata:\n      labels:\n        app: db\n",
        SecuritySeverity = 3.0,
        Tags = ["secrets", "sealed-secrets"],
    };

    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics { get; } = [InvalidCiphertext, StrictWithoutNamespace, ScopeContradiction];

    public override void Initialize(AnalysisContext context) => context.RegisterObjectAction(c =>
    {
        if (SealedSecret.From(c.Object) is not { } sealedSecret)
        {
            return;
        }

        foreach (var entry in sealedSecret.EncryptedData)
        {
            if (entry.Value is YamlScalar { IsNull: false } value && Problem(value.Value) is { } problem)
            {
                c.Report(Diagnostic.Create(InvalidCiphertext, c.Object.LocationOf(value), entry.KeyText, problem));
            }
        }

        if (sealedSecret.Scope == SealedSecretScope.Strict && c.Object.Namespace is null && c.Object.Root.GetEntry("metadata") is { } metadata)
        {
            c.Report(Diagnostic.Create(StrictWithoutNamespace, c.Object.LocationOf(metadata.Key), c.Object.Name));
        }

        if (c.Object.GetAnnotation(SecretsApi.ClusterWideAnnotation) == "true" && c.Object.GetAnnotation(SecretsApi.NamespaceWideAnnotation) == "true")
        {
            var annotation = sealedSecret.ScopeAnnotation(SecretsApi.NamespaceWideAnnotation)!;
            c.Report(Diagnostic.Create(ScopeContradiction, c.Object.LocationOf(annotation.Key), "both the namespace-wide and the cluster-wide annotation are set; the controller uses cluster-wide: keep the one matching the kubeseal --scope used"));
        }

        if (sealedSecret.Scope == SealedSecretScope.ClusterWide || sealedSecret.TemplateMetadata is not { } templateMetadata)
        {
            return;
        }

        if (sealedSecret.Scope == SealedSecretScope.Strict && templateMetadata.GetValue("name") is YamlScalar { IsNull: false } name && name.Value != c.Object.Name)
        {
            c.Report(Diagnostic.Create(ScopeContradiction, c.Object.LocationOf(name), $"spec.template.metadata.name '{name.Value}' differs from the SealedSecret's name '{c.Object.Name}': strict-scope values sealed for '{name.Value}' do not unseal here, and the Secret is named '{c.Object.Name}' anyway; seal for '{c.Object.Name}' and drop the template name"));
        }

        if (templateMetadata.GetValue("namespace") is YamlScalar { IsNull: false } ns && c.Object.Namespace is { } own && ns.Value != own)
        {
            c.Report(Diagnostic.Create(ScopeContradiction, c.Object.LocationOf(ns), $"spec.template.metadata.namespace '{ns.Value}' differs from the SealedSecret's namespace '{own}': the Secret is created in '{own}', and values sealed for '{ns.Value}' do not unseal there; seal for '{own}' and drop the template namespace"));
        }
    }, SecretsApi.SealedSecret);

    /// <summary>Why a value cannot be kubeseal output, or null when it can.</summary>
    private static string? Problem(string value)
    {
        var text = value.Trim();
        Span<byte> buffer = new byte[(text.Length * 3 / 4) + 3];
        if (text.Length == 0 || !Convert.TryFromBase64String(text, buffer, out var length))
        {
            return text.Contains("...", StringComparison.Ordinal) ? "is a placeholder, not base64" : "is not valid base64";
        }

        var keyLength = length >= 2 ? (buffer[0] << 8) | buffer[1] : 0;
        if (keyLength is < 128 or > 1024 || length < 2 + keyLength + 16)
        {
            return $"decodes to {length} bytes that are not kubeseal output (a sealed value holds an RSA-encrypted key of 256 or 512 bytes and starts with 'Ag'); it looks like plain base64";
        }

        return null;
    }
}
