using System.Text.Json.Nodes;

namespace GitOpsLint.Schemas;

/// <summary>
/// The schema of one served (or once-served) version of a kind, with the lifecycle flags of its
/// CustomResourceDefinition version. <see cref="Schema"/> is JSON Schema whose <c>$ref</c>s point into the
/// <c>$defs</c> of the bundle it belongs to.
/// </summary>
public sealed record KindSchema(string Group, string Version, string Kind, JsonObject Schema)
{
    /// <summary>"apps/v1" or "v1" for the core group.</summary>
    public string ApiVersion => Group.Length == 0 ? Version : Group + "/" + Version;

    /// <summary>Whether the API server serves this version (a CRD's <c>served</c>); Kubernetes built-ins are served.</summary>
    public bool Served { get; init; } = true;

    /// <summary>Whether objects are stored in this version (a CRD's <c>storage</c>).</summary>
    public bool Storage { get; init; } = true;

    public bool Deprecated { get; init; }

    public string? DeprecationWarning { get; init; }

    /// <summary>"Namespaced" or "Cluster" when the source says so (CRDs), else null.</summary>
    public string? Scope { get; init; }

    /// <summary>Key used by catalogs: "group/version/Kind" (group empty for core).</summary>
    public string Key => KeyOf(Group, Version, Kind);

    public static string KeyOf(string group, string version, string kind) => group + "/" + version + "/" + kind;
}
