namespace GitOpsLint.Rendering.Kustomize.Transformers;

/// <summary>The field specs kustomize's built-in transformers use by default (its builtinpluginconsts tables, v5).</summary>
internal static class BuiltinFieldSpecs
{
    /// <summary>Where labels go on objects and pod templates (labels without selectors, with includeTemplates).</summary>
    public static readonly IReadOnlyList<FieldSpec> MetadataLabels =
    [
        FieldSpec.For(string.Empty, "metadata/labels", create: true),
        FieldSpec.For("ReplicationController", "spec/template/metadata/labels", true, version: "v1"),
        FieldSpec.For("Deployment", "spec/template/metadata/labels", true),
        FieldSpec.For("ReplicaSet", "spec/template/metadata/labels", true),
        FieldSpec.For("DaemonSet", "spec/template/metadata/labels", true),
        FieldSpec.For("StatefulSet", "spec/template/metadata/labels", true, group: "apps"),
        FieldSpec.For("StatefulSet", "spec/volumeClaimTemplates[]/metadata/labels", true, group: "apps"),
        FieldSpec.For("Job", "spec/template/metadata/labels", true, group: "batch"),
        FieldSpec.For("CronJob", "spec/jobTemplate/metadata/labels", true, group: "batch"),
        FieldSpec.For("CronJob", "spec/jobTemplate/spec/template/metadata/labels", true, group: "batch"),
    ];

    /// <summary>commonLabels and labels with includeSelectors: metadata, templates and selectors.</summary>
    public static readonly IReadOnlyList<FieldSpec> CommonLabels = Selectors().Concat(MetadataLabels).ToArray();

    public static readonly IReadOnlyList<FieldSpec> CommonAnnotations =
    [
        FieldSpec.For(string.Empty, "metadata/annotations", create: true),
        FieldSpec.For("ReplicationController", "spec/template/metadata/annotations", true, version: "v1"),
        FieldSpec.For("Deployment", "spec/template/metadata/annotations", true),
        FieldSpec.For("ReplicaSet", "spec/template/metadata/annotations", true),
        FieldSpec.For("DaemonSet", "spec/template/metadata/annotations", true),
        FieldSpec.For("StatefulSet", "spec/template/metadata/annotations", true, group: "apps"),
        FieldSpec.For("Job", "spec/template/metadata/annotations", true, group: "batch"),
        FieldSpec.For("CronJob", "spec/jobTemplate/metadata/annotations", true, group: "batch"),
        FieldSpec.For("CronJob", "spec/jobTemplate/spec/template/metadata/annotations", true, group: "batch"),
    ];

    public static readonly IReadOnlyList<FieldSpec> Replicas =
    [
        FieldSpec.For("Deployment", "spec/replicas", true),
        FieldSpec.For("ReplicationController", "spec/replicas", true),
        FieldSpec.For("ReplicaSet", "spec/replicas", true),
        FieldSpec.For("StatefulSet", "spec/replicas", true),
    ];

    public static readonly IReadOnlyList<FieldSpec> Images =
    [
        FieldSpec.For(string.Empty, "spec/containers[]/image", true),
        FieldSpec.For(string.Empty, "spec/initContainers[]/image", true),
        FieldSpec.For(string.Empty, "spec/template/spec/containers[]/image", true),
        FieldSpec.For(string.Empty, "spec/template/spec/initContainers[]/image", true),
    ];

    private static IEnumerable<FieldSpec> Selectors()
    {
        yield return FieldSpec.For("Service", "spec/selector", true, version: "v1");
        yield return FieldSpec.For("ReplicationController", "spec/selector", true, version: "v1");
        yield return FieldSpec.For("Deployment", "spec/selector/matchLabels", true);
        foreach (var affinity in AffinityPaths())
        {
            yield return FieldSpec.For("Deployment", affinity, false, group: "apps");
        }

        yield return FieldSpec.For("ReplicaSet", "spec/selector/matchLabels", true);
        yield return FieldSpec.For("DaemonSet", "spec/selector/matchLabels", true);
        yield return FieldSpec.For("StatefulSet", "spec/selector/matchLabels", true, group: "apps");
        foreach (var affinity in AffinityPaths())
        {
            yield return FieldSpec.For("StatefulSet", affinity, false, group: "apps");
        }

        yield return FieldSpec.For("Job", "spec/selector/matchLabels", false, group: "batch");
        yield return FieldSpec.For("CronJob", "spec/jobTemplate/spec/selector/matchLabels", false, group: "batch");
        yield return FieldSpec.For("PodDisruptionBudget", "spec/selector/matchLabels", false, group: "policy");
        yield return FieldSpec.For("NetworkPolicy", "spec/podSelector/matchLabels", false, group: "networking.k8s.io");
        yield return FieldSpec.For("NetworkPolicy", "spec/ingress/from/podSelector/matchLabels", false, group: "networking.k8s.io");
        yield return FieldSpec.For("NetworkPolicy", "spec/egress/to/podSelector/matchLabels", false, group: "networking.k8s.io");
    }

    private static IEnumerable<string> AffinityPaths() =>
    [
        "spec/template/spec/affinity/podAffinity/preferredDuringSchedulingIgnoredDuringExecution/podAffinityTerm/labelSelector/matchLabels",
        "spec/template/spec/affinity/podAffinity/requiredDuringSchedulingIgnoredDuringExecution/labelSelector/matchLabels",
        "spec/template/spec/affinity/podAntiAffinity/preferredDuringSchedulingIgnoredDuringExecution/podAffinityTerm/labelSelector/matchLabels",
        "spec/template/spec/affinity/podAntiAffinity/requiredDuringSchedulingIgnoredDuringExecution/labelSelector/matchLabels",
        "spec/template/spec/topologySpreadConstraints/labelSelector/matchLabels",
    ];
}
