using System.Globalization;

namespace GitOpsLint.Schemas;

/// <summary>
/// Judges an apiVersion against the target Kubernetes version: built-in APIs by the deprecation guide's table,
/// custom resources by the version flags (<c>served</c>, <c>deprecated</c>, <c>deprecationWarning</c>, <c>storage</c>)
/// of the CRD the repository (or the shipped set) pins.
/// </summary>
internal static class ApiLifecycle
{
    public static ApiVersionStatus Judge(SchemaCatalog catalog, string group, string version, string kind, string kubernetesVersion)
    {
        var apiVersion = group.Length == 0 ? version : group + "/" + version;
        if (BuiltInApiLifecycle.Find(apiVersion, kind) is { } retirement)
        {
            var target = ParseVersion(kubernetesVersion);
            var successor = retirement.Replacement is null ? retirement.Advice! : $"use {retirement.Replacement}";
            if (target.CompareTo(retirement.RemovedIn) >= 0)
            {
                return new ApiVersionStatus(ApiVersionState.Removed, $"Kubernetes {Show(retirement.RemovedIn)} removed it (target is {kubernetesVersion})", retirement.Replacement) { Advice = successor };
            }

            if (target.CompareTo(retirement.DeprecatedIn) >= 0)
            {
                return new ApiVersionStatus(ApiVersionState.Deprecated, $"deprecated since Kubernetes {Show(retirement.DeprecatedIn)} and removed in {Show(retirement.RemovedIn)}", retirement.Replacement) { Advice = successor };
            }

            return new ApiVersionStatus(ApiVersionState.Current, string.Empty, null);
        }

        if (catalog.VersionsOf(group, kind) is not { } versions || versions.Source == ShippedSchemas.Source && IsKubernetesBuiltIn(versions))
        {
            return new ApiVersionStatus(ApiVersionState.Current, string.Empty, null);
        }

        var replacement = PreferredVersion(versions);
        var replacementApiVersion = replacement is null ? null : (group.Length == 0 ? replacement : group + "/" + replacement);
        var advice = replacementApiVersion is null ? "no served version is left" : $"use {replacementApiVersion}";
        if (versions.Find(version) is not { } entry)
        {
            var known = string.Join(", ", versions.Versions.Where(v => v.Kind.Served).Select(v => v.Kind.Version));
            return new ApiVersionStatus(ApiVersionState.Removed, $"{kind}'s CustomResourceDefinition ({versions.Source.DisplayName}) does not define it; it serves {(known.Length == 0 ? "nothing" : known)}", replacementApiVersion) { Advice = advice };
        }

        if (!entry.Kind.Served)
        {
            return new ApiVersionStatus(ApiVersionState.Removed, $"{kind}'s CustomResourceDefinition no longer serves it", replacementApiVersion) { Advice = advice };
        }

        if (entry.Kind.Deprecated)
        {
            var warning = entry.Kind.DeprecationWarning is { Length: > 0 } text ? $"its CustomResourceDefinition warns \"{text.TrimEnd('.')}\"" : $"{kind}'s CustomResourceDefinition marks it deprecated";
            return new ApiVersionStatus(ApiVersionState.Deprecated, warning, replacementApiVersion == apiVersion ? null : replacementApiVersion) { Advice = advice };
        }

        return new ApiVersionStatus(ApiVersionState.Current, string.Empty, null);
    }

    /// <summary>The version to move to: the storage version when it is served and not deprecated, else the first such version.</summary>
    private static string? PreferredVersion(KindVersions versions)
    {
        var candidates = versions.Versions.Where(v => v.Kind.Served && !v.Kind.Deprecated).Select(v => v.Kind).ToArray();
        return (candidates.FirstOrDefault(k => k.Storage) ?? candidates.FirstOrDefault())?.Version;
    }

    private static bool IsKubernetesBuiltIn(KindVersions versions) =>
        versions.Versions.Count > 0 && versions.Versions[0].Bundle.Source.EndsWith("swagger.json", StringComparison.Ordinal);

    public static (int Major, int Minor) ParseVersion(string version)
    {
        var parts = version.TrimStart('v').Split('.');
        var major = parts.Length > 0 && int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var m) ? m : 1;
        var minor = parts.Length > 1 && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : 0;
        return (major, minor);
    }

    private static string Show((int Major, int Minor) version) => $"{version.Major}.{version.Minor}";
}
