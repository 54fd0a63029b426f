using GitOpsLint.Model;
using GitOpsLint.Rendering.Units;

namespace GitOpsLint.Engine;

/// <summary>Discovers and renders every unit of a repository into a <see cref="DesiredState"/>: objects to analyze and problems to report.</summary>
public static class DesiredStateBuilder
{
    public static DesiredState Build(Repository repository, UnitOptions? options = null)
    {
        options ??= UnitOptions.Default with { KubeVersion = repository.Configuration.KubernetesVersion };
        var catalog = UnitCatalog.Discover(repository, options);
        var results = UnitRenderer.RenderAll(catalog, repository, options);

        // Directory sources deploy repository documents unchanged: those are already among the repository's objects.
        var objects = catalog.GeneratedApplications.Concat(results.SelectMany(r => r.Objects))
            .Where(o => !o.IsVerbatim)
            .Select(o => o.Object)
            .ToArray();
        var problems = catalog.Problems.Concat(results.SelectMany(r => r.Problems))
            .Select(p => new RenderingProblem(p.Code, ToSeverity(p.Severity), p.Location, p.Message, p.Hint, p.RelatedLocations))
            .ToArray();
        return new DesiredState(objects, problems, results.Count);
    }

    private static Diagnostics.Severity ToSeverity(UnitProblemSeverity severity) => severity switch
    {
        UnitProblemSeverity.Error => Diagnostics.Severity.Error,
        UnitProblemSeverity.Warning => Diagnostics.Severity.Warning,
        _ => Diagnostics.Severity.Note,
    };
}
