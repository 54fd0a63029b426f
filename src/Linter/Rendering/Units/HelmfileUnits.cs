using GitOpsLint.Diagnostics;
using GitOpsLint.Model.Helmfile;
using GitOpsLint.Syntax;
using GitOpsLint.Workspace;

namespace GitOpsLint.Rendering.Units;

/// <summary>The releases of every helmfile, one unit per release and helmfile environment (listed; rendering them is helmfile's job).</summary>
internal static class HelmfileUnits
{
    public static IReadOnlyList<DeployableUnit> Find(UnitDiscoveryContext context)
    {
        var units = new List<DeployableUnit>();
        foreach (var file in context.Repository.Files)
        {
            if (HelmfileFile.From(file) is not { } helmfile)
            {
                continue;
            }

            foreach (var release in helmfile.Releases)
            {
                var name = release.Name?.Value ?? "(unnamed)";
                var chart = release.Chart?.Value;
                var location = Location.Of(helmfile.Yaml, (YamlNode?)release.Name ?? release.Node);
                var chartPath = release.HasLocalChart && chart is not null ? RepoPath.Combine(helmfile.Directory, chart) : null;
                var repositoryName = release.RepositoryName;
                var repositoryUrl = repositoryName is null ? null : helmfile.Repositories.FirstOrDefault(r => r.Name == repositoryName)?.Url?.Value;
                var source = chartPath is not null
                    ? new UnitSource(null, chartPath, null, null, true, UnitSourceType.Helm, Location.Of(helmfile.Yaml, (YamlNode?)release.Chart ?? release.Node))
                    : new UnitSource(repositoryUrl, null, chart, release.Node.GetString("version"), false, UnitSourceType.HelmRepositoryChart, Location.Of(helmfile.Yaml, (YamlNode?)release.Chart ?? release.Node));
                foreach (var environment in helmfile.EnvironmentNames)
                {
                    units.Add(new DeployableUnit
                    {
                        Id = $"helmfile/{file.Path}/{name}@{environment}",
                        Kind = UnitKind.HelmfileRelease,
                        Name = name,
                        Namespace = release.Namespace?.Value,
                        DestinationNamespace = release.Namespace?.Value,
                        Environment = environment,
                        Source = source,
                        Location = location,
                        Chain = [new RelatedLocation(location, $"helmfile release {name} ({environment})")],
                        HelmfileRelease = release.Node,
                    });
                }
            }
        }

        return units;
    }
}
