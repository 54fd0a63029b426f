using GitOpsLint.Diagnostics;
using GitOpsLint.Model;
using GitOpsLint.Rendering.ArgoCD;
using GitOpsLint.Rendering.Flux;
using GitOpsLint.Rendering.Provenance;

namespace GitOpsLint.Rendering.Units;

/// <summary>
/// Every deployable unit of a repository: Argo CD Applications (each source), the Applications ApplicationSets
/// generate, Flux Kustomizations and HelmReleases, kustomize folders nothing else deploys, and helmfile releases per
/// environment. Discovery reads only the repository; problems met on the way (a generator that fails, a remote
/// source) are returned with the units, never thrown.
/// </summary>
public sealed class UnitCatalog
{
    private readonly Dictionary<string, DeployableUnit> byId;

    private UnitCatalog(IReadOnlyList<DeployableUnit> units, IReadOnlyList<UnitProblem> problems, IReadOnlyList<RenderedObject> generated, SelfRepository self)
    {
        Units = units;
        Problems = problems;
        GeneratedApplications = generated;
        Self = self;
        byId = units.ToDictionary(u => u.Id, StringComparer.Ordinal);
    }

    /// <summary>The units, ordered by kind (Argo CD, Flux, kustomize, helmfile) then identifier.</summary>
    public IReadOnlyList<DeployableUnit> Units { get; }

    public IReadOnlyList<UnitProblem> Problems { get; }

    /// <summary>The Applications ApplicationSets generate, as objects rules can check (their fields point at the template).</summary>
    public IReadOnlyList<RenderedObject> GeneratedApplications { get; }

    public SelfRepository Self { get; }

    public static UnitCatalog Discover(Repository repository, UnitOptions? options = null)
    {
        var context = new UnitDiscoveryContext(repository, options ?? UnitOptions.Default);
        var units = new List<DeployableUnit>();
        var generated = new List<RenderedObject>();
        ClusterInventory? clusters = null;
        foreach (var kubeObject in repository.Objects)
        {
            if (ArgoKinds.IsApplication(kubeObject))
            {
                units.AddRange(ApplicationUnits.From(kubeObject, context, [], null));
            }
            else if (ArgoKinds.IsApplicationSet(kubeObject))
            {
                clusters ??= ClusterInventory.From(repository);
                var appSetLocation = kubeObject.LocationOf(kubeObject.Root.GetEntry("kind")?.Key ?? (Syntax.YamlNode)kubeObject.Root);
                var chain = new[] { new RelatedLocation(appSetLocation, "ApplicationSet " + kubeObject.DisplayName[(kubeObject.Kind.Length + 1)..]) };
                var parentId = "ApplicationSet/" + (kubeObject.Namespace is { Length: > 0 } ns ? ns + "/" : string.Empty) + kubeObject.Name;
                foreach (var application in ApplicationSetExpander.Expand(kubeObject, context, clusters, chain))
                {
                    generated.Add(application.Application);
                    units.AddRange(ApplicationUnits.From(application.Application.Object, context, chain, parentId, application.Hints, $"{parentId}[{application.Index}]"));
                }
            }
            else if (FluxUnits.From(kubeObject, context, [], null) is { } fluxUnit)
            {
                units.Add(fluxUnit);
            }
        }

        units.AddRange(KustomizeRoots.Find(context, units));
        units.AddRange(HelmfileUnits.Find(context));
        var ordered = MakeIdsUnique(units).OrderBy(u => u.Kind).ThenBy(u => u.Id, StringComparer.Ordinal).ToArray();
        return new UnitCatalog(ordered, context.Problems, generated, context.Self);
    }

    /// <summary>The unit with this identifier; else the only unit whose identifier ends with "/NAME" or whose name is NAME.</summary>
    public DeployableUnit? Find(string idOrName)
    {
        if (byId.TryGetValue(idOrName, out var unit))
        {
            return unit;
        }

        var candidates = Units.Where(u => u.Id.EndsWith("/" + idOrName, StringComparison.Ordinal) || u.Name == idOrName).ToArray();
        return candidates.Length == 1 ? candidates[0] : null;
    }

    /// <summary>Two objects with the same kind, namespace and name keep distinct identifiers: by file and line, else by position.</summary>
    private static IEnumerable<DeployableUnit> MakeIdsUnique(IEnumerable<DeployableUnit> units)
    {
        foreach (var group in units.GroupBy(u => u.Id, StringComparer.Ordinal))
        {
            var members = group.ToArray();
            if (members.Length == 1)
            {
                yield return members[0];
                continue;
            }

            var located = members.Select(m => m with { Id = $"{m.Id}@{m.Location.Path}:{m.Location.Span.Start.Line}" }).ToArray();
            var distinct = located.Select(m => m.Id).Distinct(StringComparer.Ordinal).Count() == located.Length;

            // Applications generated from one template line with one name differ only by their position.
            foreach (var member in distinct ? located : members.Select((m, i) => m with { Id = $"{m.Id}[{i}]" }))
            {
                yield return member;
            }
        }
    }
}
