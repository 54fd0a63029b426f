using System.Text;
using GitOpsLint.Configuration;
using GitOpsLint.Model;
using GitOpsLint.Syntax;

namespace GitOpsLint.Rendering.ArgoCD;

/// <summary>A cluster Argo CD knows: what the cluster generator offers as parameters.</summary>
internal sealed record ArgoCluster(string Name, string Server, string Project, IReadOnlyDictionary<string, string> Labels, IReadOnlyDictionary<string, string> Annotations);

/// <summary>
/// The clusters an ApplicationSet's cluster generator sees offline: Argo CD cluster Secrets written in the repository
/// (label <c>argocd.argoproj.io/secret-type: cluster</c>), the configuration's <c>clusters:</c> list, and Argo CD's own
/// cluster (<c>in-cluster</c>, <c>https://kubernetes.default.svc</c>, no labels) unless one of those already names it.
/// <code>
/// clusters:
///   - name: prod-eu
///     server: https://prod-eu.example.com
///     labels: { env: prod }
///     annotations: {}
///     project: ""
/// </code>
/// </summary>
internal sealed class ClusterInventory
{
    public const string SecretTypeLabel = "argocd.argoproj.io/secret-type";

    private ClusterInventory(IReadOnlyList<ArgoCluster> clusters)
    {
        Clusters = clusters;
    }

    /// <summary>In Argo CD's order: secrets and configured clusters by name, then the local cluster.</summary>
    public IReadOnlyList<ArgoCluster> Clusters { get; }

    public static ClusterInventory From(Repository repository)
    {
        var clusters = new List<ArgoCluster>();
        foreach (var secret in repository.Index.OfKind("Secret").Where(s => s.GetLabel(SecretTypeLabel) == "cluster"))
        {
            var server = SecretValue(secret, "server");
            if (server is null)
            {
                continue;
            }

            clusters.Add(new ArgoCluster(SecretValue(secret, "name") ?? server, server, SecretValue(secret, "project") ?? string.Empty, StringMap(secret.Metadata?.GetMapping("labels")), StringMap(secret.Metadata?.GetMapping("annotations"))));
        }

        foreach (var item in (repository.Configuration.Root?.GetSequence("clusters")?.Items ?? []).OfType<YamlMapping>())
        {
            if (item.GetString("server") is not { } server)
            {
                continue;
            }

            clusters.Add(new ArgoCluster(item.GetString("name") ?? server, server, item.GetString("project") ?? string.Empty, StringMap(item.GetMapping("labels")), StringMap(item.GetMapping("annotations"))));
        }

        clusters = clusters.DistinctBy(c => c.Server).OrderBy(c => c.Name, StringComparer.Ordinal).ToList();
        if (!clusters.Any(c => c.Server == ArgoKinds.InClusterServer))
        {
            clusters.Add(new ArgoCluster(ArgoKinds.InClusterName, ArgoKinds.InClusterServer, string.Empty, new Dictionary<string, string>(), new Dictionary<string, string>()));
        }

        return new ClusterInventory(clusters);
    }

    private static string? SecretValue(KubeObject secret, string key)
    {
        if (secret.Root.GetMapping("stringData")?.GetString(key) is { } text)
        {
            return text;
        }

        if (secret.Root.GetMapping("data")?.GetString(key) is { } encoded)
        {
            try
            {
                return Encoding.UTF8.GetString(Convert.FromBase64String(encoded));
            }
            catch (FormatException)
            {
                return null;
            }
        }

        return null;
    }

    private static Dictionary<string, string> StringMap(YamlMapping? mapping) =>
        (mapping?.Entries ?? []).Where(e => e.Value is YamlScalar).GroupBy(e => e.KeyText).ToDictionary(g => g.Key, g => ((YamlScalar)g.Last().Value).Value, StringComparer.Ordinal);
}
