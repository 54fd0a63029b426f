using GitOpsLint.Analysis;
using GitOpsLint.Diagnostics;
using GitOpsLint.Model.Helmfile;
using GitOpsLint.Syntax;
using GitOpsLint.Workspace;

namespace GitOpsLint.Rules.Secrets;

/// <summary>Encrypted secret files handed to Helm (Argo CD value files and file parameters, helmfile secrets) that only a decryption plugin can read.</summary>
internal sealed class EncryptedFileAnalyzer : Analyzer
{
    public static readonly DiagnosticDescriptor NeedsDecryption = new(
        "GOL508",
        "Encrypted secrets file needs a decryption plugin",
        "{0}",
        DiagnosticCategory.Security,
        Severity.Note,
        "`.gpg`, `.enc`, `.asc` and `secrets*.yaml` files are meant to be decrypted before Helm reads them (helm-secrets, SOPS). Argo CD's repo-server passes `valueFiles` and `fileParameters` to Helm as they are: without helm-secrets installed and configured on the repo-server (and the `secrets://` scheme), the chart receives ciphertext or the render fails. helmfile decrypts `secrets:` entries only with the helm-secrets plugin and the keys available where it runs. Make sure the plugin and keys are in place, or use SealedSecrets/External Secrets instead.")
    {
        BadExample = "helm:\n  fileParameters:\n    - name: secrets\n      path: environments/prod/secrets.yaml.gpg\n",
        GoodExample = "# a SealedSecret or ExternalSecret creates the Secret; the chart references it by name\nhelm:\n  valueFiles:\n    - values-prod.yaml\n",
        Tags = ["secrets", "helm"],
    };

    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics { get; } = [NeedsDecryption];

    public override void Initialize(AnalysisContext context)
    {
        context.RegisterObjectAction(c =>
        {
            foreach (var helm in ValuesDocument.ArgoHelmSources(c.Object))
            {
                var files = (helm.GetSequence("valueFiles")?.Items ?? []).OfType<YamlScalar>()
                    .Concat((helm.GetSequence("fileParameters")?.Items ?? []).OfType<YamlMapping>().Select(p => p.GetValue("path")).OfType<YamlScalar>());
                foreach (var file in files.Where(f => !f.IsNull && IsEncrypted(f.Value)))
                {
                    c.Report(Diagnostic.Create(NeedsDecryption, c.Object.LocationOf(file),
                        $"'{file.Value}' looks encrypted, but Argo CD hands it to Helm as it is: without helm-secrets on the repo-server (secrets:// scheme) the chart receives ciphertext; configure the plugin, or create the Secret with SealedSecrets/External Secrets"));
                }
            }
        }, "Application");

        context.RegisterFileAction(c =>
        {
            if (HelmfileFile.From(c.File) is not { } helmfile)
            {
                return;
            }

            foreach (var secret in helmfile.Releases.SelectMany(r => r.Secrets))
            {
                c.Report(Diagnostic.Create(NeedsDecryption, Location.Of(helmfile.Yaml, secret.PathNode),
                    $"secrets file '{secret.Path}' is decrypted only by the helm-secrets plugin (with SOPS/GPG keys) wherever helmfile runs, including an Argo CD helmfile plugin; make sure both are installed there"));
            }
        });
    }

    private static bool IsEncrypted(string path)
    {
        var lower = path.ToLowerInvariant();
        var name = RepoPath.GetFileName(lower);
        return lower.StartsWith("secrets://", StringComparison.Ordinal) || lower.EndsWith(".gpg", StringComparison.Ordinal) || lower.EndsWith(".enc", StringComparison.Ordinal)
            || lower.EndsWith(".asc", StringComparison.Ordinal) || name.StartsWith("secrets.", StringComparison.Ordinal) || name.Contains(".secrets.", StringComparison.Ordinal)
            || name.StartsWith("secrets-", StringComparison.Ordinal) || name.Contains(".enc.", StringComparison.Ordinal);
    }
}
