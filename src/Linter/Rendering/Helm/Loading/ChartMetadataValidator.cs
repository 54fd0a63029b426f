using System.Globalization;
using GitOpsLint.Rendering.Helm.Semver;

namespace GitOpsLint.Rendering.Helm.Loading;

/// <summary>The Chart.yaml checks Helm makes at load time, with its <c>validation: ...</c> messages; also cleans text fields as Helm does.</summary>
internal static class ChartMetadataValidator
{
    internal static void Validate(ChartMetadata md)
    {
        md.Name = Clean(md.Name);
        md.Description = Clean(md.Description);
        md.Home = Clean(md.Home);
        md.Icon = Clean(md.Icon);
        md.Condition = Clean(md.Condition);
        md.Tags = Clean(md.Tags);
        md.AppVersion = Clean(md.AppVersion);
        md.KubeVersion = Clean(md.KubeVersion);
        md.Sources = md.Sources.Select(Clean).ToList();
        md.Keywords = md.Keywords.Select(Clean).ToList();

        if (md.ApiVersion.Length == 0)
        {
            throw Fail("chart.metadata.apiVersion is required");
        }

        if (md.Name.Length == 0)
        {
            throw Fail("chart.metadata.name is required");
        }

        if (md.Name is "." or "..")
        {
            throw Fail($"chart.metadata.name \"{md.Name}\" is not allowed");
        }

        if (md.Name.Contains('/', StringComparison.Ordinal))
        {
            throw Fail($"chart.metadata.name \"{md.Name}\" is invalid");
        }

        if (md.Version.Length == 0)
        {
            throw Fail("chart.metadata.version is required");
        }

        if (!SemanticVersion.TryParse(md.Version, out _))
        {
            throw Fail($"chart.metadata.version \"{md.Version}\" is invalid");
        }

        if (md.Type is not ("" or "application" or "library"))
        {
            throw Fail("chart.metadata.type must be application or library");
        }

        foreach (var maintainer in md.Maintainers)
        {
            if (maintainer is null)
            {
                throw Fail("maintainers must not contain empty or null nodes");
            }

            maintainer.Name = Clean(maintainer.Name);
            maintainer.Email = Clean(maintainer.Email);
            maintainer.Url = Clean(maintainer.Url);
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var dependency in md.Dependencies ?? [])
        {
            if (dependency is null)
            {
                throw Fail("dependencies must not contain empty or null nodes");
            }

            dependency.Name = Clean(dependency.Name);
            dependency.Version = Clean(dependency.Version);
            dependency.Repository = Clean(dependency.Repository);
            dependency.Condition = Clean(dependency.Condition);
            dependency.Tags = dependency.Tags.Select(Clean).ToList();
            var key = dependency.Alias.Length > 0 ? dependency.Alias : dependency.Name;
            if (!seen.Add(key))
            {
                throw Fail($"more than one dependency with name or alias \"{key}\"");
            }
        }
    }

    private static ChartLoadException Fail(string message) => new("validation: " + message);

    /// <summary>Helm's sanitize: whitespace becomes a space, unprintable characters are dropped.</summary>
    private static string Clean(string s)
    {
        var chars = new System.Text.StringBuilder(s.Length);
        foreach (var r in s.EnumerateRunes())
        {
            if (System.Text.Rune.IsWhiteSpace(r))
            {
                chars.Append(' ');
            }
            else if (IsPrint(r))
            {
                chars.Append(r.ToString());
            }
        }

        return chars.ToString();
    }

    private static bool IsPrint(System.Text.Rune r)
    {
        var category = System.Text.Rune.GetUnicodeCategory(r);
        return category is not (UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.Surrogate
            or UnicodeCategory.PrivateUse or UnicodeCategory.OtherNotAssigned or UnicodeCategory.LineSeparator
            or UnicodeCategory.ParagraphSeparator or UnicodeCategory.SpaceSeparator);
    }
}
