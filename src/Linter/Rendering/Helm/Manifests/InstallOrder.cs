namespace GitOpsLint.Rendering.Helm.Manifests;

/// <summary>Helm's InstallOrder: the kind ranking <c>helm template</c> sorts documents by; unknown kinds go last, alphabetically.</summary>
internal sealed class InstallOrder : IComparer<string>
{
    public static readonly InstallOrder Instance = new();

    private static readonly string[] Kinds =
    [
        "PriorityClass", "Namespace", "NetworkPolicy", "ResourceQuota", "LimitRange",
        "PodSecurityPolicy", "PodDisruptionBudget", "ServiceAccount", "Secret", "SecretList",
        "ConfigMap", "StorageClass", "PersistentVolume", "PersistentVolumeClaim",
        "CustomResourceDefinition", "ClusterRole", "ClusterRoleList", "ClusterRoleBinding",
        "ClusterRoleBindingList", "Role", "RoleList", "RoleBinding", "RoleBindingList",
        "Service", "DaemonSet", "Pod", "ReplicationController", "ReplicaSet", "Deployment",
        "HorizontalPodAutoscaler", "StatefulSet", "Job", "CronJob", "IngressClass", "Ingress",
        "APIService",
    ];

    private static readonly Dictionary<string, int> Rank = Kinds.Select((kind, i) => (kind, i)).ToDictionary(x => x.kind, x => x.i, StringComparer.Ordinal);

    public int Compare(string? x, string? y)
    {
        var knownX = Rank.TryGetValue(x ?? "", out var rx);
        var knownY = Rank.TryGetValue(y ?? "", out var ry);
        return (knownX, knownY) switch
        {
            (false, false) => string.CompareOrdinal(x, y),
            (false, true) => 1,
            (true, false) => -1,
            _ => rx.CompareTo(ry),
        };
    }
}
