using GitOpsLint.Rendering.Kustomize.Resources;

namespace GitOpsLint.Rendering.Kustomize.Transformers;

/// <summary>
/// kustomize's legacy output order: kinds in <c>orderFirst</c> first (Namespace, ResourceQuota, StorageClass ...), kinds in
/// <c>orderLast</c> (webhook configurations) last, others between; ties broken by group/version/kind, then by the
/// <c>Kind.version.group|namespace|name</c> string.
/// </summary>
internal static class LegacySorter
{
    public static readonly IReadOnlyList<string> DefaultOrderFirst =
    [
        "Namespace", "ResourceQuota", "StorageClass", "CustomResourceDefinition", "ServiceAccount", "PodSecurityPolicy",
        "Role", "ClusterRole", "RoleBinding", "ClusterRoleBinding", "ConfigMap", "Secret", "Endpoints", "Service",
        "LimitRange", "PriorityClass", "PersistentVolume", "PersistentVolumeClaim", "Deployment", "StatefulSet",
        "CronJob", "PodDisruptionBudget",
    ];

    public static readonly IReadOnlyList<string> DefaultOrderLast = ["MutatingWebhookConfiguration", "ValidatingWebhookConfiguration"];

    public static void Sort(ResourceMap map, IReadOnlyList<string> orderFirst, IReadOnlyList<string> orderLast)
    {
        var ranks = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < orderFirst.Count; i++)
        {
            ranks[orderFirst[i]] = -orderFirst.Count + i;
        }

        for (var i = 0; i < orderLast.Count; i++)
        {
            ranks[orderLast[i]] = 1 + i;
        }

        var sorted = map.Resources.ToList();
        sorted.Sort((a, b) => Compare(a.CurrentId, b.CurrentId, ranks));
        map.ReplaceAll(sorted);
    }

    private static int Compare(ResId a, ResId b, Dictionary<string, int> ranks)
    {
        if (a.Gvk != b.Gvk)
        {
            var rankA = ranks.GetValueOrDefault(a.Gvk.Kind);
            var rankB = ranks.GetValueOrDefault(b.Gvk.Kind);
            if (rankA != rankB)
            {
                return rankA.CompareTo(rankB);
            }

            var order = string.CompareOrdinal(GvkSortString(a.Gvk), GvkSortString(b.Gvk));
            return a.Gvk.Kind == "Namespace" && b.Gvk.Kind == "Namespace" && (a.Gvk.Group.Length == 0 || b.Gvk.Group.Length == 0) ? -order : order;
        }

        return string.CompareOrdinal(IdSortString(a), IdSortString(b));
    }

    private static string GvkSortString(Gvk gvk) =>
        $"{(gvk.Group.Length > 0 ? gvk.Group : "~G")}_{(gvk.Version.Length > 0 ? gvk.Version : "~V")}_{(gvk.Kind.Length > 0 ? gvk.Kind : "~K")}";

    private static string IdSortString(ResId id) =>
        $"{id.Gvk}|{(id.Namespace.Length > 0 ? id.Namespace : "~X")}|{(id.Name.Length > 0 ? id.Name : "~N")}";
}
