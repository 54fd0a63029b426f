using System.Text.Json.Nodes;
using GitOpsLint.Syntax;

namespace GitOpsLint.Diff;

/// <summary>
/// Turns a manifest into the form diffs compare: a sorted JSON tree, the destination namespace filled in for namespaced
/// kinds that do not name one (as Argo CD and Flux apply them), secret values masked, ignored fields removed.
/// </summary>
internal sealed class ObjectNormalizer
{
    /// <summary>Kinds the API server keeps outside namespaces; every other kind gets the unit's destination namespace.</summary>
    private static readonly HashSet<string> ClusterScopedKinds = new(StringComparer.Ordinal)
    {
        "Namespace", "Node", "PersistentVolume", "ClusterRole", "ClusterRoleBinding", "CustomResourceDefinition", "StorageClass",
        "PriorityClass", "IngressClass", "RuntimeClass", "ValidatingWebhookConfiguration", "MutatingWebhookConfiguration",
        "ValidatingAdmissionPolicy", "ValidatingAdmissionPolicyBinding", "APIService", "CSIDriver", "CSINode", "VolumeAttachment",
        "ClusterIssuer", "ClusterSecretStore", "ClusterExternalSecret", "ClusterPolicy", "GatewayClass", "ClusterServiceVersion",
        "CertificateSigningRequest", "FlowSchema", "PriorityLevelConfiguration", "ClusterRoleTemplate",
    };

    private readonly SecretMasker masker;

    public ObjectNormalizer(SecretMasker masker) => this.masker = masker;

    public SecretMasker Masker => masker;

    /// <summary>The normalised object, or null when the document is not an object (no kind or apiVersion).</summary>
    public DesiredObject? Normalize(YamlMapping root, string? destinationNamespace, IgnoreDifferences ignore, string? source) =>
        Normalize(YamlToJson.ConvertMapping(root), destinationNamespace, ignore, source);

    public DesiredObject? Normalize(JsonObject content, string? destinationNamespace, IgnoreDifferences ignore, string? source)
    {
        if (content["apiVersion"] is not JsonValue apiVersionValue || content["kind"] is not JsonValue kindValue
            || apiVersionValue.ToString() is not { Length: > 0 } apiVersion || kindValue.ToString() is not { Length: > 0 } kind)
        {
            return null;
        }

        var metadata = content["metadata"] as JsonObject;
        var name = metadata?["name"]?.ToString() ?? metadata?["generateName"]?.ToString() ?? string.Empty;
        var objectNamespace = metadata?["namespace"]?.ToString();
        if (objectNamespace is null && destinationNamespace is { Length: > 0 } && !ClusterScopedKinds.Contains(kind) && metadata is not null)
        {
            objectNamespace = destinationNamespace;
            metadata["namespace"] = destinationNamespace;
            content["metadata"] = YamlToJson.Sorted(metadata);
        }

        var slash = apiVersion.IndexOf('/', StringComparison.Ordinal);
        var key = new ObjectKey(slash < 0 ? string.Empty : apiVersion[..slash], kind, objectNamespace ?? string.Empty, name);
        masker.Mask(content, key);
        ignore.Apply(key, content);
        return new DesiredObject(key, content, source);
    }
}
