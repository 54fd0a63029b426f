using GitOpsLint.Analysis;
using GitOpsLint.Diagnostics;
using GitOpsLint.Model;
using GitOpsLint.Syntax;

namespace GitOpsLint.Rules.Secrets;

/// <summary>
/// Credentials written in Helm values (values files, HelmRelease <c>values</c>, Argo CD <c>helm.values</c>,
/// <c>valuesObject</c>, <c>parameters</c>), and enabled authentication left with an empty password.
/// </summary>
internal sealed class InlineCredentialAnalyzer : Analyzer
{
    public static readonly DiagnosticDescriptor InlineCredential = new(
        "GOL502",
        "Credential written in Helm values",
        "'{0}' in {1} is a literal credential committed to Git (value not shown); move it into a Secret managed by SealedSecrets, External Secrets or SOPS and point the chart at it (e.g. an existingSecret value)",
        DiagnosticCategory.Security,
        Severity.Error,
        "Passwords, tokens and keys written in values files, a HelmRelease's `values` or an Argo CD Application's Helm values are readable by everyone with access to the repository and its history, forever; Helm also renders many of them into ConfigMaps or environment variables. Keep the secret in a Secret created by Sealed Secrets, External Secrets or SOPS and give the chart its name (most charts have `existingSecret`). Keys that reference secrets (`existingSecret`, `passwordKey`, `secretName`, `tokenPath`) and placeholders (`${VAR}`, `{{ }}`, `<path:...>`, `ref+...`, `ENC[...]`) are not reported. The message never contains the value.")
    {
        BadExample = "database:\n  host: postgres.prod.svc\n  password: s3cr3t-Pa55\n",
        GoodExample = "database:\n  host: postgres.prod.svc\n  existingSecret: myapp-database   # created by a SealedSecret\n  existingSecretPasswordKey: password\n",
        SecuritySeverity = 7.5,
        Tags = ["security", "secrets", "helm"],
    };

    public static readonly DiagnosticDescriptor EmptyPassword = new(
        "GOL503",
        "Authentication enabled with an empty password",
        "'{0}' is empty while '{1}' is true in {2}: the chart generates a random password at render time, which changes on every offline render and is not in Git; use an existing Secret (e.g. existingSecret) instead",
        DiagnosticCategory.Security,
        Severity.Warning,
        "Charts such as Bitnami's generate a random password when authentication is enabled and the password is empty. With GitOps the chart is rendered over and over (Argo CD renders on every refresh, `helm template` has no cluster to look the old password up): the generated password changes, clients and the stored data disagree, and the real credential is nowhere in Git. Point the chart at a Secret you manage (`auth.existingSecret`).")
    {
        BadExample = "auth:\n  enabled: true\n  password: \"\"\n",
        GoodExample = "auth:\n  enabled: true\n  existingSecret: redis-auth\n  existingSecretPasswordKey: password\n",
        SecuritySeverity = 5.0,
        Tags = ["security", "secrets", "helm"],
    };

    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics { get; } = [InlineCredential, EmptyPassword];

    public override void Initialize(AnalysisContext context)
    {
        context.RegisterFileAction(c =>
        {
            if (c.File.Role == FileRole.HelmValues)
            {
                foreach (var document in ValuesDocument.FromValuesFile(c.File))
                {
                    Check(document, c.Report);
                }
            }
        });

        context.RegisterObjectAction(c =>
        {
            foreach (var document in ValuesDocument.FromObject(c.Object))
            {
                Check(document, c.Report);
            }

            foreach (var helm in ValuesDocument.ArgoHelmSources(c.Object))
            {
                CheckParameters(c.Object, helm, c.Report);
            }
        }, "HelmRelease", "Application");
    }

    private static void Check(ValuesDocument document, Action<Diagnostic> report)
    {
        foreach (var (path, entry, parent) in document.Entries())
        {
            if (entry.Value is not YamlScalar value || !CredentialKeys.IsCredential(entry.KeyText))
            {
                continue;
            }

            if (value.Resolved.Type == ScalarType.String && !CredentialKeys.IsReferenceOrPlaceholder(value.Value))
            {
                report(Diagnostic.Create(InlineCredential, document.Locate(value), path, document.Description));
            }
            else if (IsEmpty(value) && entry.KeyText.Contains("password", StringComparison.OrdinalIgnoreCase)
                && parent.GetEntry("enabled") is { Value: YamlScalar { Resolved.Value: true } } enabled && !HasExistingSecret(parent))
            {
                var node = value.Span.Start == value.Span.End ? entry.Key : value;
                var enabledPath = path[..^entry.KeyText.Length] + "enabled";
                report(Diagnostic.Create(EmptyPassword, document.Locate(node), path, enabledPath, document.Description));
            }
        }
    }

    private static void CheckParameters(KubeObject application, YamlMapping helm, Action<Diagnostic> report)
    {
        foreach (var parameter in (helm.GetSequence("parameters")?.Items ?? []).OfType<YamlMapping>())
        {
            if (parameter.GetString("name") is not { } name || parameter.GetValue("value") is not YamlScalar { IsNull: false } value)
            {
                continue;
            }

            var lastKey = name[(name.LastIndexOf('.') + 1)..];
            if (CredentialKeys.IsCredential(lastKey) && !CredentialKeys.IsReferenceOrPlaceholder(value.Value))
            {
                report(Diagnostic.Create(InlineCredential, application.LocationOf(value), name, $"Application {application.Name} helm.parameters"));
            }
        }
    }

    private static bool IsEmpty(YamlScalar value) => value.IsNull || value.Value.Length == 0;

    private static bool HasExistingSecret(YamlMapping mapping) =>
        mapping.Entries.Any(e => e.KeyText.StartsWith("existingSecret", StringComparison.OrdinalIgnoreCase) && e.Value is YamlScalar { IsNull: false, Value.Length: > 0 });
}
