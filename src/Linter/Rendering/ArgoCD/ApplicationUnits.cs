using GitOpsLint.Diagnostics;
using GitOpsLint.Model;
using GitOpsLint.Rendering.Units;
using GitOpsLint.Syntax;
using GitOpsLint.Workspace;

namespace GitOpsLint.Rendering.ArgoCD;

/// <summary>
/// The units of an Argo CD Application: one per source that produces manifests (a source that only carries a
/// <c>ref</c> for other sources' value files is not a unit), with the source classified the way Argo CD classifies it.
/// </summary>
internal static class ApplicationUnits
{
    public static IReadOnlyList<DeployableUnit> From(KubeObject application, UnitDiscoveryContext context, IReadOnlyList<RelatedLocation> parentChain, string? parentId, IReadOnlyDictionary<string, string>? environmentHints = null, string? idWithoutName = null)
    {
        var spec = application.Spec;
        var destination = spec?.GetMapping("destination");
        var cluster = destination?.GetString("server") ?? destination?.GetString("name");
        var destinationNamespace = destination?.GetString("namespace");
        var baseId = application.Name.Length == 0 && idWithoutName is not null
            ? idWithoutName
            : "Application/" + (application.Namespace is { Length: > 0 } ns ? ns + "/" : string.Empty) + application.Name;
        var sources = new List<(YamlMapping Node, int? Index)>();
        if (spec?.GetSequence("sources") is { } list)
        {
            for (var i = 0; i < list.Items.Count; i++)
            {
                if (list.Items[i] is YamlMapping source)
                {
                    sources.Add((source, i));
                }
            }
        }
        else if (spec?.GetMapping("source") is { } single)
        {
            sources.Add((single, null));
        }

        var units = new List<DeployableUnit>();
        var kindNode = application.Root.GetEntry("kind")?.Key ?? (YamlNode)application.Root;
        var self = new RelatedLocation(application.LocationOf(kindNode), $"Application {application.DisplayName[(application.Kind.Length + 1)..]}");
        foreach (var (node, index) in sources)
        {
            if (index is not null && node.GetString("path") is null && node.GetString("chart") is null && node.GetString("ref") is not null)
            {
                continue;
            }

            var source = ReadSource(application, node, context);
            var hints = new List<string?>
            {
                application.GetLabel("environment"), application.GetLabel("env"),
                environmentHints?.GetValueOrDefault("environment"), environmentHints?.GetValueOrDefault("env"),
            };
            var paths = new List<string?> { source.Path, application.Name, destinationNamespace };
            paths.AddRange(node.GetMapping("helm")?.GetSequence("valueFiles")?.Items.OfType<YamlScalar>().Select(s => s.Value) ?? []);
            var id = index is { } i ? $"{baseId}#{i}" : baseId;
            units.Add(new DeployableUnit
            {
                Id = id,
                Kind = UnitKind.ArgoApplication,
                Name = application.Name,
                Namespace = application.Namespace,
                Cluster = cluster,
                DestinationNamespace = destinationNamespace,
                Environment = context.Environments.Guess(hints, paths),
                Source = source,
                Object = application,
                SourceIndex = index,
                Location = application.LocationOf(kindNode),
                Chain = [.. parentChain, self],
                ParentId = parentId,
            });
        }

        if (sources.Count == 0)
        {
            context.Problems.Add(new UnitProblem(
                UnitProblemCode.Invalid, UnitProblemSeverity.Error, application.LocationOfKey("/spec"),
                $"Application '{application.Name}' has neither spec.source nor spec.sources, so Argo CD has nothing to deploy",
                "add spec.source (repoURL, path or chart, targetRevision)", baseId) { RelatedLocations = parentChain });
        }

        return units;
    }

    private static UnitSource ReadSource(KubeObject application, YamlMapping node, UnitDiscoveryContext context)
    {
        var repoUrl = node.GetString("repoURL");
        var chart = node.GetString("chart");
        var revision = node.GetString("targetRevision");
        var rawPath = node.GetString("path");
        var path = rawPath is null ? null : RepoPath.Normalize(rawPath.TrimStart('/')) ?? rawPath;
        var location = application.LocationOf(node.GetValue("path") ?? node.GetValue("chart") ?? node);
        if (chart is not null)
        {
            return new UnitSource(repoUrl, null, chart, revision, false, UnitSourceType.HelmRepositoryChart, location);
        }

        var exists = path is not null && RepoPath.Normalize(path) is { } normalized && context.Repository.DirectoryExists(normalized);
        var isLocal = context.Self.IsSelf(repoUrl, exists);
        var type = !isLocal ? UnitSourceType.Remote
            : node.ContainsKey("plugin") ? UnitSourceType.Plugin
            : UnitSourceType.Unknown;
        return new UnitSource(repoUrl, path, null, revision, isLocal, type, location);
    }
}
