using GitOpsLint.Rendering.Kustomize.Resources;

namespace GitOpsLint.Rendering.Kustomize.Transformers;

/// <summary>One row of kustomize's nameReference table: objects of <see cref="Target"/> kind are named at <see cref="Referrers"/>.</summary>
internal sealed record NameReference(Gvk Target, IReadOnlyList<FieldSpec> Referrers);

/// <summary>kustomize's built-in nameReference table (builtinpluginconsts/namereference.go, v5): where objects name other objects.</summary>
internal static class NameReferenceTable
{
    private static readonly (string Kind, string Prefix, string Version)[] PodTemplates =
    [
        ("Pod", "spec/", "v1"), ("PodTemplate", "template/spec/", ""), ("Deployment", "spec/template/spec/", ""),
        ("ReplicaSet", "spec/template/spec/", ""), ("DaemonSet", "spec/template/spec/", ""), ("StatefulSet", "spec/template/spec/", ""),
        ("Job", "spec/template/spec/", ""), ("CronJob", "spec/jobTemplate/spec/template/spec/", ""),
    ];

    public static readonly IReadOnlyList<NameReference> Default = Build();

    private static List<NameReference> Build()
    {
        var scaleTargets = new[] { FieldSpec.For("HorizontalPodAutoscaler", "spec/scaleTargetRef/name") };
        var table = new List<NameReference>
        {
            new(new Gvk(string.Empty, string.Empty, "Deployment"), scaleTargets),
            new(new Gvk(string.Empty, string.Empty, "ReplicationController"), scaleTargets),
            new(new Gvk(string.Empty, string.Empty, "ReplicaSet"), scaleTargets),
            new(new Gvk(string.Empty, string.Empty, "StatefulSet"), scaleTargets),
        };

        var configMapRefs = PodPaths("volumes/configMap/name", "containers/env/valueFrom/configMapKeyRef/name", "initContainers/env/valueFrom/configMapKeyRef/name", "containers/envFrom/configMapRef/name", "initContainers/envFrom/configMapRef/name", "volumes/projected/sources/configMap/name").ToList();
        configMapRefs.Add(FieldSpec.For("Node", "spec/configSource/configMap"));
        configMapRefs.Add(FieldSpec.For("Role", "rules/resourceNames"));
        configMapRefs.Add(FieldSpec.For("ClusterRole", "rules/resourceNames"));
        configMapRefs.Add(FieldSpec.For("Ingress", "metadata/annotations/nginx.ingress.kubernetes.io\\/fastcgi-params-configmap"));
        table.Add(new(new Gvk(string.Empty, "v1", "ConfigMap"), configMapRefs));

        var secretRefs = PodPaths("volumes/secret/secretName", "containers/env/valueFrom/secretKeyRef/name", "initContainers/env/valueFrom/secretKeyRef/name", "containers/envFrom/secretRef/name", "initContainers/envFrom/secretRef/name", "imagePullSecrets/name", "volumes/projected/sources/secret/name").ToList();
        secretRefs.AddRange(
        [
            FieldSpec.For("Ingress", "spec/tls/secretName"),
            FieldSpec.For("Ingress", "metadata/annotations/ingress.kubernetes.io\\/auth-secret"),
            FieldSpec.For("Ingress", "metadata/annotations/nginx.ingress.kubernetes.io\\/auth-secret"),
            FieldSpec.For("Ingress", "metadata/annotations/nginx.ingress.kubernetes.io\\/auth-tls-secret"),
            FieldSpec.For("ServiceAccount", "imagePullSecrets/name"),
            FieldSpec.For("StorageClass", "parameters/secretName"),
            FieldSpec.For("StorageClass", "parameters/adminSecretName"),
            FieldSpec.For("StorageClass", "parameters/userSecretName"),
            FieldSpec.For("StorageClass", "parameters/secretRef"),
            FieldSpec.For("Role", "rules/resourceNames"),
            FieldSpec.For("ClusterRole", "rules/resourceNames"),
            FieldSpec.For("Service", "spec/template/spec/containers/env/valueFrom/secretKeyRef/name", group: "serving.knative.dev", version: "v1"),
            FieldSpec.For("PersistentVolume", "spec/azureFile/secretName"),
        ]);
        table.Add(new(new Gvk(string.Empty, "v1", "Secret"), secretRefs));

        table.Add(new(new Gvk(string.Empty, "v1", "Service"),
        [
            FieldSpec.For("StatefulSet", "spec/serviceName", group: "apps"),
            FieldSpec.For("Ingress", "spec/rules/http/paths/backend/serviceName"),
            FieldSpec.For("Ingress", "spec/backend/serviceName"),
            FieldSpec.For("Ingress", "spec/rules/http/paths/backend/service/name"),
            FieldSpec.For("Ingress", "spec/defaultBackend/service/name"),
            FieldSpec.For("APIService", "spec/service/name", group: "apiregistration.k8s.io"),
            FieldSpec.For("ValidatingWebhookConfiguration", "webhooks/clientConfig/service", group: "admissionregistration.k8s.io"),
            FieldSpec.For("MutatingWebhookConfiguration", "webhooks/clientConfig/service", group: "admissionregistration.k8s.io"),
            FieldSpec.For("HTTPRoute", "spec/rules/backendRefs/name"),
        ]));
        table.Add(new(new Gvk("rbac.authorization.k8s.io", string.Empty, "Role"), [FieldSpec.For("RoleBinding", "roleRef/name", group: "rbac.authorization.k8s.io")]));
        table.Add(new(new Gvk("rbac.authorization.k8s.io", string.Empty, "ClusterRole"),
        [
            FieldSpec.For("RoleBinding", "roleRef/name", group: "rbac.authorization.k8s.io"),
            FieldSpec.For("ClusterRoleBinding", "roleRef/name", group: "rbac.authorization.k8s.io"),
        ]));

        var serviceAccountRefs = new List<FieldSpec>
        {
            FieldSpec.For("RoleBinding", "subjects", group: "rbac.authorization.k8s.io"),
            FieldSpec.For("ClusterRoleBinding", "subjects", group: "rbac.authorization.k8s.io"),
            FieldSpec.For("Pod", "spec/serviceAccountName"),
        };
        serviceAccountRefs.AddRange(WorkloadPaths("serviceAccountName"));
        table.Add(new(new Gvk(string.Empty, "v1", "ServiceAccount"), serviceAccountRefs));

        var claimRefs = new List<FieldSpec> { FieldSpec.For("Pod", "spec/volumes/persistentVolumeClaim/claimName") };
        claimRefs.AddRange(WorkloadPaths("volumes/persistentVolumeClaim/claimName"));
        table.Add(new(new Gvk(string.Empty, "v1", "PersistentVolumeClaim"), claimRefs));

        table.Add(new(new Gvk(string.Empty, "v1", "PersistentVolume"), [FieldSpec.For("PersistentVolumeClaim", "spec/volumeName"), FieldSpec.For("ClusterRole", "rules/resourceNames")]));
        table.Add(new(new Gvk("storage.k8s.io", "v1", "StorageClass"),
        [
            FieldSpec.For("PersistentVolume", "spec/storageClassName"),
            FieldSpec.For("PersistentVolumeClaim", "spec/storageClassName"),
            FieldSpec.For("StatefulSet", "spec/volumeClaimTemplates/spec/storageClassName"),
        ]));

        var priorityRefs = new List<FieldSpec> { FieldSpec.For("Pod", "spec/priorityClassName") };
        priorityRefs.AddRange(WorkloadPaths("priorityClassName"));
        table.Add(new(new Gvk("scheduling.k8s.io", "v1", "PriorityClass"), priorityRefs));
        table.Add(new(new Gvk("networking.k8s.io/v1", "v1", "IngressClass"), [FieldSpec.For("Ingress", "spec/ingressClassName")]));
        return table;
    }

    private static IEnumerable<FieldSpec> PodPaths(params string[] suffixes) =>
        from template in PodTemplates
        from suffix in suffixes
        select FieldSpec.For(template.Kind, template.Prefix + suffix, version: template.Version);

    /// <summary>The workloads the table lists for service accounts, claims and priority classes (no ReplicaSet, but ReplicationController).</summary>
    private static IEnumerable<FieldSpec> WorkloadPaths(string suffix)
    {
        foreach (var kind in new[] { "StatefulSet", "Deployment", "ReplicationController", "Job", "DaemonSet" })
        {
            yield return FieldSpec.For(kind, "spec/template/spec/" + suffix);
        }

        yield return FieldSpec.For("CronJob", "spec/jobTemplate/spec/template/spec/" + suffix);
    }
}
