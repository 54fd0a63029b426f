namespace GitOpsLint.Schemas;

/// <summary>One deprecated Kubernetes built-in API version of a kind, from the Kubernetes deprecated API migration guide.</summary>
/// <param name="Replacement">The apiVersion to move to, or null when the API is gone without successor.</param>
/// <param name="Advice">What to do when there is no successor.</param>
internal sealed record BuiltInApiRetirement(string ApiVersion, string Kind, (int Major, int Minor) DeprecatedIn, (int Major, int Minor) RemovedIn, string? Replacement, string? Advice = null);

/// <summary>
/// The Kubernetes built-in API versions that were deprecated and removed (kubernetes.io "Deprecated API Migration
/// Guide"), with the release that deprecated and the one that stopped serving each.
/// </summary>
internal static class BuiltInApiLifecycle
{
    public static readonly IReadOnlyList<BuiltInApiRetirement> Retirements = Build();

    private static readonly Dictionary<string, BuiltInApiRetirement> ByKey =
        Retirements.ToDictionary(r => r.ApiVersion + "/" + r.Kind, StringComparer.Ordinal);

    public static BuiltInApiRetirement? Find(string apiVersion, string kind) => ByKey.GetValueOrDefault(apiVersion + "/" + kind);

    private static List<BuiltInApiRetirement> Build()
    {
        var list = new List<BuiltInApiRetirement>();
        void Add(string apiVersion, string[] kinds, (int, int) deprecated, (int, int) removed, string? replacement, string? advice = null)
        {
            foreach (var kind in kinds)
            {
                list.Add(new BuiltInApiRetirement(apiVersion, kind, deprecated, removed, replacement, advice));
            }
        }

        // v1.16
        Add("extensions/v1beta1", ["Deployment", "DaemonSet", "ReplicaSet"], (1, 8), (1, 16), "apps/v1");
        Add("apps/v1beta1", ["Deployment", "StatefulSet", "ReplicaSet"], (1, 9), (1, 16), "apps/v1");
        Add("apps/v1beta2", ["Deployment", "StatefulSet", "DaemonSet", "ReplicaSet"], (1, 9), (1, 16), "apps/v1");
        Add("extensions/v1beta1", ["NetworkPolicy"], (1, 9), (1, 16), "networking.k8s.io/v1");
        Add("extensions/v1beta1", ["PodSecurityPolicy"], (1, 11), (1, 16), "policy/v1beta1");

        // v1.22
        Add("admissionregistration.k8s.io/v1beta1", ["MutatingWebhookConfiguration", "ValidatingWebhookConfiguration"], (1, 16), (1, 22), "admissionregistration.k8s.io/v1");
        Add("apiextensions.k8s.io/v1beta1", ["CustomResourceDefinition"], (1, 16), (1, 22), "apiextensions.k8s.io/v1");
        Add("apiregistration.k8s.io/v1beta1", ["APIService"], (1, 19), (1, 22), "apiregistration.k8s.io/v1");
        Add("authentication.k8s.io/v1beta1", ["TokenReview"], (1, 19), (1, 22), "authentication.k8s.io/v1");
        Add("authorization.k8s.io/v1beta1", ["SubjectAccessReview", "LocalSubjectAccessReview", "SelfSubjectAccessReview", "SelfSubjectRulesReview"], (1, 19), (1, 22), "authorization.k8s.io/v1");
        Add("certificates.k8s.io/v1beta1", ["CertificateSigningRequest"], (1, 19), (1, 22), "certificates.k8s.io/v1");
        Add("coordination.k8s.io/v1beta1", ["Lease"], (1, 19), (1, 22), "coordination.k8s.io/v1");
        Add("extensions/v1beta1", ["Ingress"], (1, 14), (1, 22), "networking.k8s.io/v1");
        Add("networking.k8s.io/v1beta1", ["Ingress", "IngressClass"], (1, 19), (1, 22), "networking.k8s.io/v1");
        Add("rbac.authorization.k8s.io/v1beta1", ["ClusterRole", "ClusterRoleBinding", "Role", "RoleBinding"], (1, 17), (1, 22), "rbac.authorization.k8s.io/v1");
        Add("scheduling.k8s.io/v1beta1", ["PriorityClass"], (1, 14), (1, 22), "scheduling.k8s.io/v1");
        Add("storage.k8s.io/v1beta1", ["CSIDriver", "CSINode", "StorageClass", "VolumeAttachment"], (1, 19), (1, 22), "storage.k8s.io/v1");

        // v1.25
        Add("batch/v1beta1", ["CronJob"], (1, 21), (1, 25), "batch/v1");
        Add("discovery.k8s.io/v1beta1", ["EndpointSlice"], (1, 21), (1, 25), "discovery.k8s.io/v1");
        Add("events.k8s.io/v1beta1", ["Event"], (1, 19), (1, 25), "events.k8s.io/v1");
        Add("autoscaling/v2beta1", ["HorizontalPodAutoscaler"], (1, 22), (1, 25), "autoscaling/v2");
        Add("policy/v1beta1", ["PodDisruptionBudget"], (1, 21), (1, 25), "policy/v1");
        Add("policy/v1beta1", ["PodSecurityPolicy"], (1, 21), (1, 25), null, "PodSecurityPolicy has no successor: use Pod Security Admission (pod-security.kubernetes.io labels on namespaces) or a policy engine");
        Add("node.k8s.io/v1beta1", ["RuntimeClass"], (1, 20), (1, 25), "node.k8s.io/v1");

        // v1.26
        Add("flowcontrol.apiserver.k8s.io/v1beta1", ["FlowSchema", "PriorityLevelConfiguration"], (1, 23), (1, 26), "flowcontrol.apiserver.k8s.io/v1");
        Add("autoscaling/v2beta2", ["HorizontalPodAutoscaler"], (1, 23), (1, 26), "autoscaling/v2");

        // v1.27
        Add("storage.k8s.io/v1beta1", ["CSIStorageCapacity"], (1, 24), (1, 27), "storage.k8s.io/v1");

        // v1.29
        Add("flowcontrol.apiserver.k8s.io/v1beta2", ["FlowSchema", "PriorityLevelConfiguration"], (1, 26), (1, 29), "flowcontrol.apiserver.k8s.io/v1");

        // v1.32
        Add("flowcontrol.apiserver.k8s.io/v1beta3", ["FlowSchema", "PriorityLevelConfiguration"], (1, 29), (1, 32), "flowcontrol.apiserver.k8s.io/v1");
        return list;
    }
}
