namespace GitOpsLint.Model;

/// <summary>Objects by kind, namespace and name, for reference checks ("is there a HelmRepository flux-system/bitnami?").</summary>
public sealed class ObjectIndex
{
    private readonly ILookup<string, KubeObject> byKindAndName;
    private readonly ILookup<string, KubeObject> byKind;

    public ObjectIndex(IEnumerable<KubeObject> objects)
    {
        var list = objects.ToArray();
        byKindAndName = list.ToLookup(o => o.Kind + "/" + o.Name, StringComparer.Ordinal);
        byKind = list.ToLookup(o => o.Kind, StringComparer.Ordinal);
    }

    public IEnumerable<KubeObject> OfKind(string kind) => byKind[kind];

    /// <summary>Objects of <paramref name="kind"/> named <paramref name="name"/>; with a namespace, only those in it (an object without namespace matches any).</summary>
    public IEnumerable<KubeObject> Find(string kind, string name, string? @namespace = null) =>
        byKindAndName[kind + "/" + name].Where(o => @namespace is null || o.Namespace is null || o.Namespace == @namespace);
}
