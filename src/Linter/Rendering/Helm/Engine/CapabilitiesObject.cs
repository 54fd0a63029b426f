using GitOpsLint.Rendering.Helm.Yaml;
using GoTemplates.Runtime;

namespace GitOpsLint.Rendering.Helm.Engine;

/// <summary><c>.Capabilities</c> (a <c>*chartutil.Capabilities</c>): KubeVersion, APIVersions with <c>Has</c>, HelmVersion.</summary>
internal static class CapabilitiesObject
{
    private static readonly GoType CapabilitiesType = GoType.Named("*chartutil.Capabilities", GoKind.Pointer);
    private static readonly GoType KubeVersionType = GoType.Named("chartutil.KubeVersion");
    private static readonly GoType BuildInfoType = GoType.Named("version.BuildInfo");

    /// <summary>
    /// The group/versions <c>helm template</c> reports without a cluster (client-go's scheme plus apiextensions),
    /// as the reference renderer approximates them.
    /// </summary>
    internal static readonly IReadOnlyList<string> DefaultApiVersions =
    [
        "v1",
        "admissionregistration.k8s.io/v1", "admissionregistration.k8s.io/v1beta1", "admissionregistration.k8s.io/v1alpha1",
        "internal.apiserver.k8s.io/v1alpha1",
        "apps/v1", "apps/v1beta2", "apps/v1beta1",
        "authentication.k8s.io/v1", "authentication.k8s.io/v1beta1", "authentication.k8s.io/v1alpha1",
        "authorization.k8s.io/v1", "authorization.k8s.io/v1beta1",
        "autoscaling/v1", "autoscaling/v2", "autoscaling/v2beta1", "autoscaling/v2beta2",
        "batch/v1", "batch/v1beta1",
        "certificates.k8s.io/v1", "certificates.k8s.io/v1beta1", "certificates.k8s.io/v1alpha1",
        "coordination.k8s.io/v1", "coordination.k8s.io/v1beta1", "coordination.k8s.io/v1alpha2",
        "discovery.k8s.io/v1", "discovery.k8s.io/v1beta1",
        "events.k8s.io/v1", "events.k8s.io/v1beta1",
        "extensions/v1beta1",
        "flowcontrol.apiserver.k8s.io/v1", "flowcontrol.apiserver.k8s.io/v1beta3", "flowcontrol.apiserver.k8s.io/v1beta2", "flowcontrol.apiserver.k8s.io/v1beta1",
        "networking.k8s.io/v1", "networking.k8s.io/v1beta1",
        "node.k8s.io/v1", "node.k8s.io/v1beta1", "node.k8s.io/v1alpha1",
        "policy/v1", "policy/v1beta1",
        "rbac.authorization.k8s.io/v1", "rbac.authorization.k8s.io/v1beta1", "rbac.authorization.k8s.io/v1alpha1",
        "resource.k8s.io/v1", "resource.k8s.io/v1beta2", "resource.k8s.io/v1beta1", "resource.k8s.io/v1alpha3",
        "scheduling.k8s.io/v1", "scheduling.k8s.io/v1beta1", "scheduling.k8s.io/v1alpha1",
        "storage.k8s.io/v1", "storage.k8s.io/v1beta1", "storage.k8s.io/v1alpha1",
        "storagemigration.k8s.io/v1alpha1",
        "apiextensions.k8s.io/v1", "apiextensions.k8s.io/v1beta1",
    ];

    internal static GoStructObject Create(KubeVersionInfo kube, IEnumerable<string> extraApiVersions, string helmVersion)
    {
        var kubeVersion = new GoStructObject(KubeVersionType, false,
            [new("Version", kube.Version), new("Major", kube.Major), new("Minor", kube.Minor)],
            new Dictionary<string, GoFunction>
            {
                ["String"] = new("String", [], false, GoType.String, false, _ => kube.Version),
                ["GitVersion"] = new("GitVersion", [], false, GoType.String, false, _ => kube.Version),
            });
        var apiVersions = new VersionSet(DefaultApiVersions.Concat(extraApiVersions));
        var build = new BuildInfoObject(helmVersion);
        return new GoStructObject(CapabilitiesType, true,
            [new("KubeVersion", kubeVersion), new("APIVersions", apiVersions), new("HelmVersion", build)]);
    }

    /// <summary><c>chartutil.VersionSet</c>: a []string with <c>Has</c>.</summary>
    internal sealed class VersionSet : List<string>, IGoObject
    {
        private static readonly GoType SetType = GoType.Named("chartutil.VersionSet", GoKind.Slice);

        public VersionSet(IEnumerable<string> versions)
            : base(versions)
        {
        }

        public GoType Type => SetType;

        public bool TryGetField(string name, out object? value)
        {
            value = null;
            return false;
        }

        public bool TryGetMethod(string name, out GoFunction? method)
        {
            method = name == "Has"
                ? new GoFunction("Has", [GoType.String], false, GoType.Bool, false, args => Contains((string)args[0]!))
                : null;
            return method is not null;
        }
    }

    /// <summary><c>helmversion.BuildInfo</c>, which also serializes with its JSON names.</summary>
    private sealed class BuildInfoObject(string version)
        : GoStructObject(BuildInfoType, false,
            [new("Version", version), new("GitCommit", ""), new("GitTreeState", ""), new("GoVersion", "go1.26")]), IJsonMarshaler
    {
        public object? ToJsonValue() => new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["version"] = version,
            ["go_version"] = "go1.26",
        };
    }
}
