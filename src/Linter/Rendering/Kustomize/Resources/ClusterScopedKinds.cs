namespace GitOpsLint.Rendering.Kustomize.Resources;

/// <summary>
/// Kinds that kustomize's built-in OpenAPI data knows to be cluster-scoped (keyed by group and kind). Anything else,
/// custom resources included, is treated as namespaced, as kustomize does when it has no schema saying otherwise.
/// </summary>
internal static class ClusterScopedKinds
{
    private static readonly HashSet<(string Group, string Kind)> Known =
    [
        ("", "Namespace"), ("", "Node"), ("", "PersistentVolume"), ("", "ComponentStatus"),
        ("rbac.authorization.k8s.io", "ClusterRole"), ("rbac.authorization.k8s.io", "ClusterRoleBinding"),
        ("apiextensions.k8s.io", "CustomResourceDefinition"), ("apiregistration.k8s.io", "APIService"),
        ("storage.k8s.io", "StorageClass"), ("storage.k8s.io", "CSIDriver"), ("storage.k8s.io", "CSINode"),
        ("storage.k8s.io", "VolumeAttachment"), ("storage.k8s.io", "VolumeAttributesClass"),
        ("scheduling.k8s.io", "PriorityClass"), ("node.k8s.io", "RuntimeClass"),
        ("admissionregistration.k8s.io", "MutatingWebhookConfiguration"),
        ("admissionregistration.k8s.io", "ValidatingWebhookConfiguration"),
        ("admissionregistration.k8s.io", "ValidatingAdmissionPolicy"),
        ("admissionregistration.k8s.io", "ValidatingAdmissionPolicyBinding"),
        ("certificates.k8s.io", "CertificateSigningRequest"), ("networking.k8s.io", "IngressClass"),
        ("networking.k8s.io", "IPAddress"), ("networking.k8s.io", "ServiceCIDR"),
        ("policy", "PodSecurityPolicy"), ("flowcontrol.apiserver.k8s.io", "FlowSchema"),
        ("flowcontrol.apiserver.k8s.io", "PriorityLevelConfiguration"),
        ("authentication.k8s.io", "TokenReview"), ("authorization.k8s.io", "SelfSubjectAccessReview"),
        ("authorization.k8s.io", "SelfSubjectRulesReview"), ("authorization.k8s.io", "SubjectAccessReview"),
        ("resource.k8s.io", "DeviceClass"), ("resource.k8s.io", "ResourceSlice"),
    ];

    public static bool Contains(Gvk gvk) => Known.Contains((gvk.Group, gvk.Kind));
}
