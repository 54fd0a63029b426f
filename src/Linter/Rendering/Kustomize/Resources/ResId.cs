namespace GitOpsLint.Rendering.Kustomize.Resources;

/// <summary>An object's identity: Gvk, name and namespace. Namespaces "" and "default" are the same for namespaced kinds.</summary>
internal readonly record struct ResId(Gvk Gvk, string Name, string Namespace)
{
    public string EffectiveNamespace =>
        Gvk.IsClusterScoped ? "~cluster" : Namespace is "" or "default" ? "default" : Namespace;

    public bool IsNsEquals(ResId other) => EffectiveNamespace == other.EffectiveNamespace;

    public bool Matches(ResId other) => Gvk == other.Gvk && Name == other.Name && IsNsEquals(other);

    /// <summary>kustomize's ResId.String(): <c>Kind.version.group/name.namespace</c>.</summary>
    public override string ToString() => $"{Gvk}/{Name}.{(Namespace.Length > 0 ? Namespace : "[noNs]")}";
}
