using GitOpsLint.Rendering.Units;

namespace GitOpsLint.Diff;

/// <summary>
/// The identity units pair on across revisions: an Application by namespace/name (and source index) plus destination,
/// a Flux object by kind/namespace/name, other units by their identifier without the position that makes it unique.
/// Two units with one identity in a revision are told apart by order (" (2)").
/// </summary>
internal sealed class UnitKeys
{
    private readonly HashSet<string> used = new(StringComparer.Ordinal);

    public string KeyOf(DeployableUnit unit)
    {
        var key = Identity(unit);
        var candidate = key;
        for (var occurrence = 2; !used.Add(candidate); occurrence++)
        {
            candidate = $"{key} ({occurrence})";
        }

        return candidate;
    }

    /// <summary>Marks a key taken by a unit reused from the other revision.</summary>
    public void Reserve(string key) => used.Add(key);

    public static string Identity(DeployableUnit unit)
    {
        if (unit.Kind == UnitKind.ArgoApplication && unit.Object is { Name.Length: > 0 } application)
        {
            var id = "Application/" + (application.Namespace is { Length: > 0 } ns ? ns + "/" : string.Empty) + application.Name
                + (unit.SourceIndex is { } index ? "#" + index.ToString(System.Globalization.CultureInfo.InvariantCulture) : string.Empty);
            return $"{id} → {unit.Cluster ?? "(no cluster)"}/{unit.DestinationNamespace ?? string.Empty}";
        }

        var at = unit.Id.IndexOf('@', StringComparison.Ordinal);
        return at > 0 && unit.Kind != UnitKind.HelmfileRelease ? unit.Id[..at] : unit.Id;
    }
}
