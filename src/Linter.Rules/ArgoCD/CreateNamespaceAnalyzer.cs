using GitOpsLint.Analysis;
using GitOpsLint.Diagnostics;
using GitOpsLint.Model.ArgoCD;
using GitOpsLint.Model.References;
using GitOpsLint.Workspace;

namespace GitOpsLint.Rules.ArgoCD;

/// <summary>Applications deploying into a namespace that nothing creates.</summary>
public sealed class CreateNamespaceAnalyzer : Analyzer
{
    public static readonly DiagnosticDescriptor NamespaceNotCreated = new(
        "GOL307",
        "Destination namespace is never created",
        "{0} deploys into namespace '{1}', but no Namespace object in the repository defines it and no Application syncs it with CreateNamespace=true; the first sync fails with 'namespaces \"{1}\" not found': add the sync option CreateNamespace=true or a Namespace manifest",
        DiagnosticCategory.ArgoCD,
        Severity.Warning,
        "Argo CD does not create the destination namespace unless the Application has the sync option `CreateNamespace=true` (or the namespace is a Namespace object it deploys). When the namespace is not created anywhere in the repository, the first sync on a fresh cluster fails. Namespaces that always exist (default, kube-system, kube-public, kube-node-lease) and the Application's own namespace are not reported. If the namespace is created outside Git, suppress the finding there and say so.")
    {
        BadExample = "spec:\n  destination:\n    server: https://kubernetes.default.svc\n    namespace: payments\n  syncPolicy:\n    automated: {}\n",
        GoodExample = "spec:\n  destination:\n    server: https://kubernetes.default.svc\n    namespace: payments\n  syncPolicy:\n    automated: {}\n    syncOptions:\n      - CreateNamespace=true\n",
        Tags = ["argocd"],
    };

    private static readonly HashSet<string> AlwaysPresent = new(StringComparer.Ordinal) { "default", "kube-system", "kube-public", "kube-node-lease" };

    private static readonly HashSet<string> ClusterScopedKinds = new(StringComparer.Ordinal)
    {
        "Namespace", "CustomResourceDefinition", "StorageClass", "PriorityClass", "IngressClass", "PersistentVolume", "APIService",
        "ValidatingWebhookConfiguration", "MutatingWebhookConfiguration", "ValidatingAdmissionPolicy", "ValidatingAdmissionPolicyBinding",
        "RuntimeClass", "CSIDriver", "Node",
    };

    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics { get; } = [NamespaceNotCreated];

    public override void Initialize(AnalysisContext context) => context.RegisterRepositoryAction(repositoryContext =>
    {
        var repository = repositoryContext.Repository;
        var namespaceObjects = repository.Index.OfKind("Namespace").Where(n => n.Group.Length == 0).ToArray();
        var specs = repository.Objects.Select(ApplicationSpecs.Of).OfType<ApplicationSpecs>().ToArray();
        var created = new HashSet<string>(namespaceObjects.Select(n => n.Name), StringComparer.Ordinal);
        foreach (var spec in specs)
        {
            if (spec.Spec.SyncPolicy?.HasOption("CreateNamespace=true") == true && spec.Spec.Destination?.Namespace is { } ns)
            {
                created.Add(ns.Value);
            }
        }

        var namespaceFiles = repository.Files.Where(f => f.Yaml?.Text.Text.Contains("kind: Namespace", StringComparison.Ordinal) == true).Select(f => f.Path).ToArray();
        var index = new Lazy<ReferenceIndex>(() => ReferenceIndex.Build(repository));
        foreach (var spec in specs)
        {
            if (spec.Spec.Destination?.Namespace is not { } destinationNamespace || TemplateTag.IsTemplated(destinationNamespace.Value)
                || created.Contains(destinationNamespace.Value) || AlwaysPresent.Contains(destinationNamespace.Value)
                || destinationNamespace.Value == spec.Owner.Namespace)
            {
                continue;
            }

            // A Namespace manifest inside the folder the Application deploys counts as created by it.
            var directories = index.Value.Units.Where(u => u.Owner == spec.Owner && u.Directory is not null).Select(u => u.Directory!).ToArray();
            if (namespaceFiles.Any(f => directories.Any(d => RepoPath.IsUnder(f, d))))
            {
                continue;
            }

            // Manifests that are all cluster-scoped or name their own namespace never use the destination namespace.
            var deployed = repository.Objects.Where(o => directories.Any(d => RepoPath.IsUnder(o.Document.File.Path, d))).ToArray();
            if (deployed.Length > 0 && deployed.All(o => o.Namespace is { Length: > 0 } || IsClusterScoped(o.Kind)))
            {
                continue;
            }

            repositoryContext.Report(Diagnostic.Create(NamespaceNotCreated, spec.Owner.LocationOf(destinationNamespace.Node), spec.DisplayName, destinationNamespace.Value));
        }
    });

    /// <summary>Built-in cluster-scoped kinds, and the <c>Cluster*</c> convention of operators (ClusterRole, ClusterIssuer, ClusterSecretStore ...).</summary>
    private static bool IsClusterScoped(string kind) => ClusterScopedKinds.Contains(kind) || kind.StartsWith("Cluster", StringComparison.Ordinal);
}
