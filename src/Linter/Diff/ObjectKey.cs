namespace GitOpsLint.Diff;

/// <summary>How objects pair across revisions: API group, kind, namespace and name (the version is not part of it, as for the API server).</summary>
public sealed record ObjectKey(string Group, string Kind, string Namespace, string Name) : IComparable<ObjectKey>
{
    /// <summary>"apps/Deployment prod/web", "ConfigMap prod/settings", "Namespace prod".</summary>
    public override string ToString() =>
        (Group.Length == 0 ? Kind : Group + "/" + Kind) + " " + (Namespace.Length == 0 ? Name : Namespace + "/" + Name);

    public int CompareTo(ObjectKey? other)
    {
        if (other is null)
        {
            return 1;
        }

        var byNamespace = string.CompareOrdinal(Namespace, other.Namespace);
        if (byNamespace != 0)
        {
            return byNamespace;
        }

        var byGroup = string.CompareOrdinal(Group, other.Group);
        if (byGroup != 0)
        {
            return byGroup;
        }

        var byKind = string.CompareOrdinal(Kind, other.Kind);
        return byKind != 0 ? byKind : string.CompareOrdinal(Name, other.Name);
    }
}
