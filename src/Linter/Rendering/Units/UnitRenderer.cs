using GitOpsLint.Diagnostics;
using GitOpsLint.Model;
using GitOpsLint.Rendering.ArgoCD;
using GitOpsLint.Rendering.Flux;
using GitOpsLint.Rendering.Provenance;

namespace GitOpsLint.Rendering.Units;

/// <summary>
/// Renders units to their desired state. <see cref="Render"/> renders one unit and names the units its output defines
/// (Applications of an app-of-apps, Flux Kustomizations and HelmReleases a Kustomization applies). <see cref="RenderAll"/>
/// renders a whole catalog and follows those children, once each, reporting cycles. Bad input never throws: every
/// failure is a <see cref="UnitProblem"/>.
/// </summary>
public static class UnitRenderer
{
    public static UnitRenderResult Render(DeployableUnit unit, Repository repository, UnitOptions? options = null) =>
        Render(unit, repository, options ?? UnitOptions.Default, new UnitDiscoveryContext(repository, options ?? UnitOptions.Default));

    /// <summary>Every unit of the catalog, then the units their output defines (depth first), each rendered once, in a stable order.</summary>
    public static IReadOnlyList<UnitRenderResult> RenderAll(UnitCatalog catalog, Repository repository, UnitOptions? options = null)
    {
        options ??= UnitOptions.Default;
        var discovery = new UnitDiscoveryContext(repository, options);
        var results = new List<UnitRenderResult>();
        var rendered = new HashSet<string>(StringComparer.Ordinal);
        var byKey = catalog.Units.GroupBy(u => u.ObjectKey, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.ToArray(), StringComparer.Ordinal);
        var byLocation = catalog.Units.GroupBy(u => (u.Location.Path, u.Location.Span.Start, u.SourceIndex)).ToDictionary(g => g.Key, g => g.ToArray());

        void Visit(DeployableUnit unit, IReadOnlyList<DeployableUnit> stack)
        {
            if (!rendered.Add(unit.Id))
            {
                return;
            }

            var result = Render(unit, repository, options, discovery);
            var problems = result.Problems.ToList();
            var children = new List<DeployableUnit>();
            foreach (var found in result.ChildUnits)
            {
                // A child written in the repository is the catalog's unit: the same text (same location), else the same object.
                // Applications generated from one template share its text, so the object decides between them.
                var sameText = byLocation.GetValueOrDefault((found.Location.Path, found.Location.Span.Start, found.SourceIndex)) ?? [];
                var child = (sameText.Length == 1 ? sameText[0] : sameText.FirstOrDefault(u => u.ObjectKey == found.ObjectKey))
                    ?? (byKey.GetValueOrDefault(found.ObjectKey) is [var single] && single.SourceIndex == found.SourceIndex ? single : found);
                var path = stack.Append(unit).ToArray();
                if (child.ObjectKey == unit.ObjectKey)
                {
                    // A unit whose folder holds its own definition (Flux bootstrap's flux-system, a root Application in
                    // the folder it syncs) manages itself; that is the usual bootstrap layout, not a loop.
                    continue;
                }

                if (path.FirstOrDefault(u => u.ObjectKey == child.ObjectKey) is { } repeated)
                {
                    problems.Add(CycleProblem(unit, child, path, repeated));
                    continue;
                }

                if (path.Length >= options.MaxUnitDepth)
                {
                    problems.Add(new UnitProblem(UnitProblemCode.Limit, UnitProblemSeverity.Error, child.Location,
                        $"{child.Id} is rendered {path.Length} levels below {path[0].Id}; deeper units are not rendered", "flatten the app-of-apps hierarchy", unit.Id) { RelatedLocations = child.Chain });
                    continue;
                }

                children.Add(child);
            }

            results.Add(result with { Problems = problems, ChildUnits = children });
            foreach (var child in children)
            {
                Visit(child, stack.Append(unit).ToArray());
            }
        }

        foreach (var unit in catalog.Units)
        {
            Visit(unit, []);
        }

        return WithoutRepeatedProblems(results, catalog.Problems);
    }

    private static UnitRenderResult Render(DeployableUnit unit, Repository repository, UnitOptions options, UnitDiscoveryContext discovery)
    {
        var context = new RenderContext(unit, repository, options, discovery.Locator);
        switch (unit.Kind)
        {
            case UnitKind.ArgoApplication:
                ApplicationRenderer.Render(context);
                break;
            case UnitKind.FluxKustomization:
                FluxKustomizationRenderer.Render(context);
                break;
            case UnitKind.FluxHelmRelease:
                HelmReleaseRenderer.Render(context);
                break;
            case UnitKind.Kustomize:
                if (KustomizeRunner.Build(context, repository.Workspace, unit.Source.Path ?? string.Empty, []) is { } roots)
                {
                    KustomizeRunner.AddObjects(context, roots);
                }

                break;
            case UnitKind.HelmfileRelease:
                context.Report(UnitProblemCode.NotRenderableOffline, UnitProblemSeverity.Note, unit.Location,
                    $"{unit.Id} is listed but not rendered: helmfile releases are rendered by helmfile itself (templated helmfile.yaml, environment values, hooks)",
                    "deploy the release through an Argo CD Application or a Flux HelmRelease to have its objects checked");
                break;
        }

        var children = Children(context, discovery);
        discovery.Problems.Clear();
        return new UnitRenderResult(unit, context.Objects.ToArray(), context.Problems.ToArray(), children);
    }

    /// <summary>The units the rendered objects define: Applications, the Applications of ApplicationSets, Flux Kustomizations and HelmReleases.</summary>
    private static IReadOnlyList<DeployableUnit> Children(RenderContext context, UnitDiscoveryContext discovery)
    {
        var children = new List<DeployableUnit>();
        ClusterInventory? clusters = null;
        foreach (var rendered in context.Objects)
        {
            var kubeObject = rendered.Object;
            if (ArgoKinds.IsApplication(kubeObject))
            {
                children.AddRange(ApplicationUnits.From(kubeObject, discovery, context.Unit.Chain, context.Unit.Id));
            }
            else if (ArgoKinds.IsApplicationSet(kubeObject))
            {
                clusters ??= ClusterInventory.From(context.Repository);
                var chain = context.Unit.Chain.Append(new RelatedLocation(kubeObject.LocationOf(kubeObject.Root), "ApplicationSet " + kubeObject.Name)).ToArray();
                foreach (var application in ApplicationSetExpander.Expand(kubeObject, discovery, clusters, chain))
                {
                    children.AddRange(ApplicationUnits.From(application.Application.Object, discovery, chain, context.Unit.Id, application.Hints, $"{context.Unit.Id}/{kubeObject.Name}[{application.Index}]"));
                }
            }
            else if (FluxUnits.From(kubeObject, discovery, context.Unit.Chain, context.Unit.Id) is { } flux)
            {
                children.Add(flux);
            }
        }

        context.Problems.AddRange(discovery.Problems.Select(p => p with { UnitId = p.UnitId ?? context.Unit.Id }));
        return children;
    }

    /// <summary>A child written in the repository is discovered again while rendering its parent; its problems are reported once.</summary>
    private static IReadOnlyList<UnitRenderResult> WithoutRepeatedProblems(List<UnitRenderResult> results, IReadOnlyList<UnitProblem> catalogProblems)
    {
        var seen = catalogProblems.Select(Key).ToHashSet();
        return results.Select(r => r with { Problems = r.Problems.Where(p => seen.Add(Key(p))).ToArray() }).ToArray();

        static (string, Location, string) Key(UnitProblem p) => (p.Code, p.Location, p.Message);
    }

    private static UnitProblem CycleProblem(DeployableUnit parent, DeployableUnit child, IReadOnlyList<DeployableUnit> path, DeployableUnit repeated)
    {
        var loop = path.SkipWhile(u => u.ObjectKey != repeated.ObjectKey).Select(u => u.Id).Append(child.Id);
        return new UnitProblem(
            UnitProblemCode.Cycle,
            UnitProblemSeverity.Error,
            child.Location,
            $"app-of-apps cycle: {string.Join(" -> ", loop)}; each unit manages the next, so deleting one re-creates the others; the loop is rendered once",
            "keep each Application in exactly one parent's folder, and no parent in the folder of its own child",
            parent.Id)
        { RelatedLocations = path.Select(u => new RelatedLocation(u.Location, u.Id)).ToArray() };
    }
}
