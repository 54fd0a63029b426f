using GitOpsLint.Analysis;
using GitOpsLint.Diagnostics;
using GitOpsLint.Model;
using GitOpsLint.Model.Secrets;
using GitOpsLint.Syntax;
using GitOpsLint.Workspace;

namespace GitOpsLint.Rules.Secrets;

/// <summary>Two controllers (ExternalSecret, SealedSecret, a plain Secret) writing the same Secret in the same namespace.</summary>
internal sealed class SecretWritersAnalyzer : Analyzer
{
    public static readonly DiagnosticDescriptor TwoWriters = new(
        "GOL507",
        "Secret written by two sources",
        "Secret {0} is also written by {1}: the two overwrite each other on every reconciliation (and deleting one deletes the Secret the other owns); keep one source or use different Secret names",
        DiagnosticCategory.Security,
        Severity.Warning,
        "An ExternalSecret (target name, creationPolicy Owner or Orphan), a SealedSecret and a plain Secret each create a Secret. Two of them with the same name in the same namespace fight: the controllers overwrite each other's data, owner references flip, and whichever ran last wins until the next refresh. Objects without a namespace count as the same namespace when they live in the same folder.")
    {
        BadExample = "# sealed-secret.yaml: SealedSecret myapp-secrets\n# external-secret.yaml\nspec:\n  target:\n    name: myapp-secrets\n",
        GoodExample = "spec:\n  target:\n    name: myapp-external-secrets\n",
        SecuritySeverity = 4.0,
        Tags = ["secrets"],
    };

    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics { get; } = [TwoWriters];

    public override void Initialize(AnalysisContext context) => context.RegisterRepositoryAction(c =>
    {
        var writers = new List<Writer>();
        foreach (var kubeObject in c.Repository.Objects)
        {
            if (ExternalSecret.From(kubeObject) is { IsClusterExternalSecret: false, CreatesSecret: true } externalSecret)
            {
                writers.Add(new Writer(kubeObject, externalSecret.TargetName, (YamlNode?)externalSecret.TargetNameNode ?? kubeObject.Root, 0, $"ExternalSecret {kubeObject.Name}"));
            }
            else if (SealedSecret.From(kubeObject) is not null)
            {
                writers.Add(new Writer(kubeObject, kubeObject.Name, kubeObject.Metadata?.GetValue("name") ?? kubeObject.Root, 1, $"SealedSecret {kubeObject.Name}"));
            }
            else if (kubeObject is { Kind: "Secret", Group: "" } && kubeObject.ApiVersion == "v1")
            {
                writers.Add(new Writer(kubeObject, kubeObject.Name, kubeObject.Metadata?.GetValue("name") ?? kubeObject.Root, 2, $"Secret {kubeObject.Name}"));
            }
        }

        foreach (var group in writers.Where(w => w.Name.Length > 0).GroupBy(w => w.Name, StringComparer.Ordinal))
        {
            var members = group.OrderBy(w => w.Priority).ThenBy(w => w.Object.Document.File.Path, StringComparer.Ordinal).ToArray();
            var reported = new HashSet<Writer>();
            foreach (var first in members)
            {
                if (reported.Contains(first))
                {
                    continue;
                }

                var others = members.Where(m => !ReferenceEquals(m, first) && !ReferenceEquals(m.Object, first.Object) && SameNamespace(first.Object, m.Object)).ToArray();
                if (others.Length == 0)
                {
                    continue;
                }

                reported.UnionWith(others);
                reported.Add(first);
                c.Report(Diagnostic.Create(TwoWriters, first.Object.LocationOf(first.Node), group.Key, string.Join(", ", others.Select(o => $"{o.Description} ({o.Object.Document.File.Path})"))) with
                {
                    RelatedLocations = others.Select(o => new RelatedLocation(o.Object.LocationOf(o.Node), "also writes Secret " + group.Key)).ToArray(),
                });
            }
        }
    });

    private static bool SameNamespace(KubeObject a, KubeObject b)
    {
        if (a.Namespace is { } left && b.Namespace is { } right)
        {
            return left == right;
        }

        return RepoPath.GetDirectory(a.Document.File.Path) == RepoPath.GetDirectory(b.Document.File.Path);
    }

    private sealed record Writer(KubeObject Object, string Name, YamlNode Node, int Priority, string Description);
}
