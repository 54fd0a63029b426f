using GitOpsLint.Analysis;
using GitOpsLint.Diagnostics;
using GitOpsLint.Syntax;

namespace GitOpsLint.Rules.Secrets;

/// <summary>A core/v1 Secret with data committed in plain text (base64 is an encoding, not encryption), unless SOPS-encrypted.</summary>
public sealed class PlainSecretAnalyzer : Analyzer
{
    public static readonly DiagnosticDescriptor PlainSecret = new(
        "GOL501",
        "Secret committed in plain text",
        "Secret '{0}' commits {1} value(s) in '{2}' readable by anyone with access to the repository; encrypt it with SOPS, or replace it with a SealedSecret or an ExternalSecret",
        DiagnosticCategory.Security,
        Severity.Error,
        "A Kubernetes `Secret` with `data` or `stringData` in git exposes its values to everyone who can read the repository, its forks, CI logs and history, forever: `data` is only base64-encoded. GitOps repositories keep secrets encrypted (SOPS, which Flux decrypts natively; Sealed Secrets) or out of git entirely (External Secrets Operator). Files encrypted with SOPS (a `sops:` section, `ENC[...]` values) are not reported. The value itself is never printed.")
    {
        BadExample = "apiVersion: v1\nkind: Secret\nmetadata:\n  name: db\nstringData:\n  password: hunter2\n",
        GoodExample = "apiVersion: bitnami.com/v1alpha1\nkind: SealedSecret\nmetadata:\n  name: db\nspec:\n  encryptedData:\n    password: AgBy3i4OJSWK+PiTySYZZA...\n",
        Tags = ["security", "secrets"],
        SecuritySeverity = 8.0,
    };

    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics { get; } = [PlainSecret];

    public override void Initialize(AnalysisContext context) => context.RegisterObjectAction(objectContext =>
    {
        var secret = objectContext.Object;
        if (secret.Group.Length != 0 || secret.Root.ContainsKey("sops"))
        {
            return;
        }

        foreach (var field in new[] { "data", "stringData" })
        {
            var entry = secret.Root.GetEntry(field);
            if (entry?.Value is not YamlMapping values)
            {
                continue;
            }

            var plain = values.Entries.Count(e => e.Value is YamlScalar { IsNull: false } v && v.Value.Length > 0 && !v.Value.StartsWith("ENC[", StringComparison.Ordinal));
            if (plain > 0)
            {
                objectContext.Report(Diagnostic.Create(PlainSecret, secret.LocationOf(entry.Key), secret.Name, plain, field));
            }
        }
    }, "Secret");
}
