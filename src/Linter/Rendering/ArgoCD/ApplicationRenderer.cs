using GitOpsLint.Model;
using GitOpsLint.Rendering.Units;
using GitOpsLint.Syntax;
using GitOpsLint.Workspace;

namespace GitOpsLint.Rendering.ArgoCD;

/// <summary>
/// Renders one source of an Argo CD Application. The type is decided as Argo CD decides it: the one explicit
/// <c>helm</c>/<c>kustomize</c>/<c>directory</c> block, else a kustomization file in the path, else a <c>Chart.yaml</c>,
/// else a directory of manifests. Sources in other repositories, plugins and charts from Helm repositories without a
/// configured mirror are not rendered and leave one note.
/// </summary>
internal static class ApplicationRenderer
{
    private static readonly string[] ExplicitTypes = ["helm", "kustomize", "directory", "plugin"];

    public static void Render(RenderContext context)
    {
        var unit = context.Unit;
        var application = unit.Object!;
        var spec = application.Spec!;
        var source = unit.SourceIndex is { } index ? (YamlMapping)spec.GetSequence("sources")!.Items[index] : spec.GetMapping("source")!;
        switch (unit.Source.Type)
        {
            case UnitSourceType.Remote when unit.Source.RepoUrl is null or "":
                context.Report(UnitProblemCode.Invalid, UnitProblemSeverity.Error, unit.Source.Location,
                    $"{unit.Id} has no repoURL in its source{(unit.Source.Path is null ? " and no path or chart" : string.Empty)}; Argo CD rejects it, so there is nothing to render",
                    "set repoURL (this repository's URL), path and targetRevision");
                return;
            case UnitSourceType.Remote:
                context.Report(UnitProblemCode.NotRenderableOffline, UnitProblemSeverity.Note, unit.Source.Location,
                    $"{unit.Id} deploys from {unit.Source.RepoUrl}, which is not this repository; it is not fetched, so its objects are not checked",
                    "add the URL to repositories.self in .gitopslint.yaml if it names this repository");
                return;
            case UnitSourceType.Plugin:
                context.Report(UnitProblemCode.NotRenderableOffline, UnitProblemSeverity.Note, unit.Source.Location,
                    $"{unit.Id} is rendered by a config management plugin, which cannot run offline; its objects are not checked");
                return;
            case UnitSourceType.HelmRepositoryChart:
                var mirror = ChartMirrors.From(context.Repository.Configuration).Find(unit.Source.RepoUrl, unit.Source.Chart!, unit.Source.Revision);
                if (mirror is null || !context.Repository.DirectoryExists(mirror))
                {
                    context.Report(UnitProblemCode.NotRenderableOffline, UnitProblemSeverity.Note, unit.Source.Location,
                        $"{unit.Id} installs chart '{unit.Source.Chart}' from {unit.Source.RepoUrl}; remote charts are not fetched, so its objects are not checked",
                        "vendor the chart into the repository and list it under charts: in .gitopslint.yaml to check it");
                    return;
                }

                ArgoHelmSource.Render(context, application, source, mirror, mirror);
                return;
        }

        if (unit.Source.Path is not { } path)
        {
            context.Report(UnitProblemCode.Invalid, UnitProblemSeverity.Error, unit.Source.Location,
                $"{unit.Id} has no path in its source; Argo CD needs spec.source.path for a git repository", "set path to the folder to deploy ('.' for the root)");
            return;
        }

        if (RepoPath.Normalize(path) is not { } folder)
        {
            context.Report(UnitProblemCode.OutsideRepository, UnitProblemSeverity.Error, unit.Source.Location,
                $"the path '{path}' of {unit.Id} leads outside the repository", "write the path relative to the repository root");
            return;
        }

        if (!context.Repository.DirectoryExists(folder))
        {
            context.Report(UnitProblemCode.Missing, UnitProblemSeverity.Error, unit.Source.Location,
                $"app path does not exist: '{path}' is not a folder of this repository, so Argo CD cannot generate manifests for {unit.Id}", "fix the path (it is relative to the repository root)");
            return;
        }

        var explicitTypes = ExplicitTypes.Where(source.ContainsKey).ToArray();
        if (explicitTypes.Length > 1)
        {
            context.Report(UnitProblemCode.Invalid, UnitProblemSeverity.Error, application.LocationOf(source.GetEntry(explicitTypes[1])!.Key),
                $"multiple application sources defined: {string.Join(", ", explicitTypes)}", "keep the block that matches the folder's content");
            return;
        }

        var type = explicitTypes.FirstOrDefault() ?? Detect(context, folder);
        switch (type)
        {
            case "helm":
                ArgoHelmSource.Render(context, application, source, folder, folder);
                break;
            case "kustomize":
                ArgoKustomizeSource.Render(context, application, source, folder);
                break;
            default:
                DirectorySource.Render(context, application, source, folder);
                break;
        }
    }

    /// <summary>Argo CD's discovery: kustomization first, then a chart, else plain manifests.</summary>
    private static string Detect(RenderContext context, string folder)
    {
        if (KustomizeRoots.FileNames.Any(n => context.Repository.FileExists(Join(folder, n))))
        {
            return "kustomize";
        }

        return context.Repository.FileExists(Join(folder, "Chart.yaml")) ? "helm" : "directory";
    }

    public static string Join(string folder, string name) => folder.Length == 0 ? name : folder + "/" + name;

    /// <summary>The Application's other sources that name themselves with <c>ref</c> (for <c>$ref/...</c> value files).</summary>
    public static YamlMapping? FindRef(KubeObject application, string name) =>
        application.Spec?.GetSequence("sources")?.Items.OfType<YamlMapping>().FirstOrDefault(s => s.GetString("ref") == name);
}
