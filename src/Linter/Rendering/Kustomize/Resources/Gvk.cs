namespace GitOpsLint.Rendering.Kustomize.Resources;

/// <summary>Group, version and kind of an object, parsed from apiVersion the way kustomize does.</summary>
internal readonly record struct Gvk(string Group, string Version, string Kind)
{
    public static Gvk FromApiVersion(string apiVersion, string kind)
    {
        var slash = apiVersion.IndexOf('/', StringComparison.Ordinal);
        return slash >= 0 ? new Gvk(apiVersion[..slash], apiVersion[(slash + 1)..], kind) : new Gvk(string.Empty, apiVersion, kind);
    }

    public string ApiVersion => Group.Length > 0 ? Group + "/" + Version : Version;

    public bool IsClusterScoped => ClusterScopedKinds.Contains(this);

    /// <summary>Whether a selector (empty fields are wildcards) selects this Gvk.</summary>
    public bool IsSelectedBy(Gvk selector) =>
        (selector.Group.Length == 0 || selector.Group == Group)
        && (selector.Version.Length == 0 || selector.Version == Version)
        && (selector.Kind.Length == 0 || selector.Kind == Kind);

    /// <summary>kustomize's Gvk.String(): <c>Kind.version.group</c> with placeholders for empty parts.</summary>
    public override string ToString() =>
        $"{(Kind.Length > 0 ? Kind : "[noKind]")}.{(Version.Length > 0 ? Version : "[noVer]")}.{(Group.Length > 0 ? Group : "[noGrp]")}";
}
