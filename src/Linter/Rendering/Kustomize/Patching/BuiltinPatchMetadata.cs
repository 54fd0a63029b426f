namespace GitOpsLint.Rendering.Kustomize.Patching;

/// <summary>
/// Merge keys of the core Kubernetes lists that patches touch most (pod specs in every workload, services, RBAC),
/// from the Kubernetes OpenAPI <c>x-kubernetes-list-map-keys</c> and <c>x-kubernetes-patch-merge-key</c> values that kustomize
/// reads from its built-in schema.
/// </summary>
public sealed class BuiltinPatchMetadata : IPatchMetadata
{
    public static readonly BuiltinPatchMetadata Instance = new();

    private static readonly Dictionary<string, string[]> PodSpecKeys = new(StringComparer.Ordinal)
    {
        ["containers"] = ["name"],
        ["initContainers"] = ["name"],
        ["ephemeralContainers"] = ["name"],
        ["volumes"] = ["name"],
        ["imagePullSecrets"] = ["name"],
        ["hostAliases"] = ["ip"],
        ["topologySpreadConstraints"] = ["topologyKey", "whenUnsatisfiable"],
        ["resourceClaims"] = ["name"],
        ["containers/ports"] = ["containerPort", "protocol"],
        ["containers/env"] = ["name"],
        ["containers/volumeMounts"] = ["mountPath"],
        ["containers/volumeDevices"] = ["devicePath"],
        ["containers/resizePolicy"] = ["resourceName"],
        ["initContainers/ports"] = ["containerPort", "protocol"],
        ["initContainers/env"] = ["name"],
        ["initContainers/volumeMounts"] = ["mountPath"],
        ["initContainers/volumeDevices"] = ["devicePath"],
        ["ephemeralContainers/env"] = ["name"],
        ["ephemeralContainers/volumeMounts"] = ["mountPath"],
    };

    private static readonly string[] PodSpecPrefixes = ["spec/template/spec/", "spec/jobTemplate/spec/template/spec/", "template/spec/", "spec/"];

    public IReadOnlyList<string> GetMergeKeys(string apiVersion, string kind, IReadOnlyList<string> path)
    {
        var joined = string.Join('/', path);
        switch (kind, joined)
        {
            case ("Service", "spec/ports"):
                return ["port", "protocol"];
            case (_, "metadata/ownerReferences"):
                return ["uid"];
            case (_, "status/conditions"):
                return ["type"];
        }

        var podKinds = kind is "Pod" or "Deployment" or "StatefulSet" or "DaemonSet" or "ReplicaSet" or "ReplicationController" or "Job" or "CronJob" or "PodTemplate";
        if (!podKinds)
        {
            return [];
        }

        foreach (var prefix in PodSpecPrefixes)
        {
            if (joined.StartsWith(prefix, StringComparison.Ordinal) && PodSpecKeys.TryGetValue(joined[prefix.Length..], out var key))
            {
                return key;
            }
        }

        return [];
    }
}
