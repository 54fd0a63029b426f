using GitOpsLint.Diagnostics;
using GitOpsLint.Model;
using GitOpsLint.Model.Flux;
using GitOpsLint.Rendering.Units;
using GitOpsLint.Syntax;
using GitOpsLint.Workspace;

namespace GitOpsLint.Rendering.Flux;

/// <summary>The units of Flux objects: a Kustomization (its path in a GitRepository) and a HelmRelease (its chart).</summary>
internal static class FluxUnits
{
    public static DeployableUnit? From(KubeObject kubeObject, UnitDiscoveryContext context, IReadOnlyList<RelatedLocation> parentChain, string? parentId)
    {
        if (FluxKustomization.From(kubeObject) is { } kustomization)
        {
            return FromKustomization(kustomization, context, parentChain, parentId);
        }

        return FluxHelmRelease.From(kubeObject) is { } release ? FromHelmRelease(release, context, parentChain, parentId) : null;
    }

    private static DeployableUnit FromKustomization(FluxKustomization kustomization, UnitDiscoveryContext context, IReadOnlyList<RelatedLocation> parentChain, string? parentId)
    {
        var o = kustomization.Object;
        var path = kustomization.NormalizedPath;
        var pathText = path ?? kustomization.Path?.Value ?? string.Empty;
        var source = ResolveGitSource(kustomization.SourceRef, context, path, o.LocationOf((YamlNode?)kustomization.Path ?? o.Root), pathText);
        var substitute = kustomization.PostBuild?.Substitute;
        var hints = new[] { o.GetLabel("environment"), o.GetLabel("env"), substitute?.GetString("environment"), substitute?.GetString("env"), substitute?.GetString("cluster_env") };
        return new DeployableUnit
        {
            Id = Id("Kustomization", o),
            Kind = UnitKind.FluxKustomization,
            Name = o.Name,
            Namespace = o.Namespace,
            Cluster = o.Spec?.GetMapping("kubeConfig")?.GetMapping("secretRef")?.GetString("name"),
            DestinationNamespace = kustomization.TargetNamespace?.Value,
            Environment = context.Environments.Guess(hints, [path, o.Name, kustomization.TargetNamespace?.Value]),
            Source = source,
            Object = o,
            Location = KindLocation(o),
            Chain = [.. parentChain, new RelatedLocation(KindLocation(o), "Flux " + o.DisplayName)],
            ParentId = parentId,
        };
    }

    private static DeployableUnit FromHelmRelease(FluxHelmRelease release, UnitDiscoveryContext context, IReadOnlyList<RelatedLocation> parentChain, string? parentId)
    {
        var o = release.Object;
        UnitSource source;
        if (release.Chart is { } chart)
        {
            var chartName = chart.Chart?.Value;
            var location = o.LocationOf((YamlNode?)chart.Chart ?? chart.Node);
            if (chart.SourceRef is { Kind: FluxApi.GitRepository or FluxApi.Bucket } gitRef)
            {
                var chartPath = chartName is null ? null : RepoPath.Normalize(chartName.TrimStart('/'));
                source = ResolveGitSource(gitRef, context, chartPath, location, chartName ?? string.Empty) with { Type = UnitSourceType.Unknown };
            }
            else
            {
                var repository = chart.SourceRef is { } r ? context.Repository.Index.Find(r.Kind, r.Name, r.Namespace).FirstOrDefault() : null;
                source = new UnitSource(repository?.Spec?.GetString("url"), null, chartName, chart.Version?.Value, false, UnitSourceType.HelmRepositoryChart, location);
            }
        }
        else if (release.ChartRef is { } chartRef)
        {
            var referenced = context.Repository.Index.Find(chartRef.Kind, chartRef.Name, chartRef.Namespace).FirstOrDefault();
            var url = referenced?.Spec?.GetString("url");
            source = new UnitSource(url, null, chartRef.Name, referenced?.Spec?.GetMapping("ref")?.GetString("tag"), false, UnitSourceType.HelmRepositoryChart, o.LocationOf(chartRef.Node));
        }
        else
        {
            source = new UnitSource(null, null, null, null, false, UnitSourceType.Unknown, KindLocation(o));
            context.Problems.Add(new UnitProblem(UnitProblemCode.Invalid, UnitProblemSeverity.Error, o.LocationOfKey("/spec"),
                $"HelmRelease '{o.Name}' has neither spec.chart nor spec.chartRef, so Flux has no chart to install", "add spec.chart.spec (chart, sourceRef) or spec.chartRef", Id("HelmRelease", o)));
        }

        var targetNamespace = release.TargetNamespace?.Value;
        return new DeployableUnit
        {
            Id = Id("HelmRelease", o),
            Kind = UnitKind.FluxHelmRelease,
            Name = o.Name,
            Namespace = o.Namespace,
            Cluster = o.Spec?.GetMapping("kubeConfig")?.GetMapping("secretRef")?.GetString("name"),
            DestinationNamespace = targetNamespace ?? o.Namespace,
            Environment = context.Environments.Guess([o.GetLabel("environment"), o.GetLabel("env")], [source.Path, o.Name, o.Namespace, targetNamespace]),
            Source = source,
            Object = o,
            Location = KindLocation(o),
            Chain = [.. parentChain, new RelatedLocation(KindLocation(o), "Flux " + o.DisplayName)],
            ParentId = parentId,
        };
    }

    /// <summary>A path in the GitRepository a sourceRef names: local when the GitRepository's URL is this repository.</summary>
    private static UnitSource ResolveGitSource(SourceReference? reference, UnitDiscoveryContext context, string? path, Location location, string pathText)
    {
        var exists = path is not null && context.Repository.DirectoryExists(path);
        if (reference is null)
        {
            return new UnitSource(null, path ?? pathText, null, null, exists, exists ? UnitSourceType.Unknown : UnitSourceType.Remote, location);
        }

        if (reference.Kind is not (FluxApi.GitRepository or ""))
        {
            // OCIRepository and Bucket artifacts are built elsewhere; their content is not this repository's files.
            return new UnitSource(reference.DisplayName, path ?? pathText, null, null, false, UnitSourceType.Remote, location);
        }

        var gitRepository = context.Repository.Index.Find(FluxApi.GitRepository, reference.Name, reference.Namespace).FirstOrDefault();
        var url = gitRepository?.Spec?.GetString("url");
        var reference2 = gitRepository?.Spec?.GetMapping("ref");
        var revision = reference2?.GetString("branch") ?? reference2?.GetString("tag") ?? reference2?.GetString("semver") ?? reference2?.GetString("commit");
        var isLocal = url is null ? exists : context.Self.IsSelf(url, exists);
        return new UnitSource(url ?? reference.DisplayName, path ?? pathText, null, revision, isLocal, isLocal ? UnitSourceType.Unknown : UnitSourceType.Remote, location);
    }

    public static string Id(string kind, KubeObject o) => kind + "/" + (o.Namespace is { Length: > 0 } ns ? ns + "/" : string.Empty) + o.Name;

    public static Location KindLocation(KubeObject o) => o.LocationOf(o.Root.GetEntry("kind")?.Key ?? (YamlNode)o.Root);
}
