using System.Text.Json;
using GitOpsLint.Model;
using GitOpsLint.Rendering.Helm;
using GitOpsLint.Rendering.Units;
using GitOpsLint.Syntax;
using GitOpsLint.Workspace;

namespace GitOpsLint.Rendering.ArgoCD;

/// <summary>
/// An Argo CD Helm source turned into a <c>helm template</c> run: <c>valueFiles</c> relative to the source path (or
/// <c>$ref/...</c> in another source of a multi-source Application), <c>values</c> / <c>valuesObject</c> (the object wins),
/// <c>parameters</c> (<c>--set</c>, <c>--set-string</c> with <c>forceString</c>), <c>fileParameters</c> (<c>--set-file</c>),
/// <c>releaseName</c> (default: the Application's name), <c>namespace</c> (default: the destination namespace),
/// <c>skipCrds</c> (CRDs are included otherwise), <c>skipSchemaValidation</c>, <c>skipTests</c>, <c>kubeVersion</c>,
/// <c>apiVersions</c>. A value file outside the repository is an error; a missing one too, unless
/// <c>ignoreMissingValueFiles</c>.
/// </summary>
internal static class ArgoHelmSource
{
    public static void Render(RenderContext context, KubeObject application, YamlMapping source, string chartFolder, string sourceFolder)
    {
        var helm = source.GetMapping("helm");
        var destinationNamespace = application.Spec?.GetMapping("destination")?.GetString("namespace");
        var ignoreMissing = helm?.GetValue("ignoreMissingValueFiles") is YamlScalar { Resolved.Value: true };
        var valueFiles = new List<string>();
        foreach (var item in helm?.GetSequence("valueFiles")?.Items.OfType<YamlScalar>() ?? [])
        {
            var resolved = ResolveValueFile(context, application, item, sourceFolder, ignoreMissing, out var fatal);
            if (fatal)
            {
                return;
            }

            if (resolved is not null)
            {
                valueFiles.Add(resolved);
            }
        }

        var documents = new List<string>();
        if (helm?.GetValue("valuesObject") is YamlMapping valuesObject)
        {
            documents.Add(JsonSerializer.Serialize(ParameterValues.FromYaml(valuesObject)));
        }
        else if (helm?.GetString("values") is { Length: > 0 } values)
        {
            documents.Add(values);
        }

        var set = new List<string>();
        var setString = new List<string>();
        foreach (var parameter in helm?.GetSequence("parameters")?.Items.OfType<YamlMapping>() ?? [])
        {
            if (parameter.GetString("name") is not { Length: > 0 } name)
            {
                continue;
            }

            var value = parameter.GetValue("value") is YamlScalar scalar ? scalar.Value : string.Empty;
            var text = name + "=" + EscapeCommas(value);
            (parameter.GetValue("forceString") is YamlScalar { Resolved.Value: true } ? setString : set).Add(text);
        }

        var setFile = new List<string>();
        foreach (var parameter in helm?.GetSequence("fileParameters")?.Items.OfType<YamlMapping>() ?? [])
        {
            if (parameter.GetString("name") is not { Length: > 0 } name || parameter.GetValue("path") is not YamlScalar pathNode)
            {
                continue;
            }

            var resolved = ResolveValueFile(context, application, pathNode, sourceFolder, ignoreMissing: false, out var fatal);
            if (fatal || resolved is null)
            {
                return;
            }

            setFile.Add(name + "=" + resolved);
        }

        var options = new HelmRenderOptions
        {
            ReleaseName = helm?.GetString("releaseName") is { Length: > 0 } releaseName ? releaseName : application.Name,
            Namespace = helm?.GetString("namespace") is { Length: > 0 } helmNamespace ? helmNamespace : destinationNamespace is { Length: > 0 } ? destinationNamespace : "default",
            ValueFiles = valueFiles,
            ValueDocuments = documents,
            Set = set,
            SetString = setString,
            SetFile = setFile,
            IncludeCrds = helm?.GetValue("skipCrds") is not YamlScalar { Resolved.Value: true },
            SkipTests = helm?.GetValue("skipTests") is YamlScalar { Resolved.Value: true },
            ValidateSchema = helm?.GetValue("skipSchemaValidation") is not YamlScalar { Resolved.Value: true },
            KubeVersion = helm?.GetString("kubeVersion") ?? source.GetMapping("kustomize")?.GetString("kubeVersion") ?? context.Options.KubeVersion ?? context.Repository.Configuration.KubernetesVersion,
            ApiVersions = helm?.GetSequence("apiVersions")?.Items.OfType<YamlScalar>().Select(s => s.Value).ToArray() ?? [],
        };
        var where = context.Unit.Source.Location;
        if (HelmRunner.Render(context, context.Repository.Workspace, chartFolder, options, where) is { } manifests)
        {
            HelmRunner.AddManifests(context, manifests);
        }
    }

    /// <summary>Argo CD escapes commas in <c>--set</c> values unless the value is a <c>{a,b}</c> list.</summary>
    private static string EscapeCommas(string value) =>
        value.StartsWith('{') && value.EndsWith('}') ? value : value.Replace(",", "\\,", StringComparison.Ordinal);

    /// <summary>A repository path for a value file; null when it is skipped. <paramref name="fatal"/> when the unit cannot render (reported).</summary>
    private static string? ResolveValueFile(RenderContext context, KubeObject application, YamlScalar node, string sourceFolder, bool ignoreMissing, out bool fatal)
    {
        fatal = false;
        var text = node.Value;
        string? path;
        if (text.Contains("://", StringComparison.Ordinal))
        {
            context.Report(UnitProblemCode.NotRenderableOffline, UnitProblemSeverity.Note, application.LocationOf(node),
                $"value file '{text}' of {context.Unit.Id} is a URL; it is not downloaded, so the chart is rendered without it");
            return null;
        }

        if (text.StartsWith('$'))
        {
            var slash = text.IndexOf('/');
            var refName = slash < 0 ? text[1..] : text[1..slash];
            var referenced = ApplicationRenderer.FindRef(application, refName);
            if (referenced is null)
            {
                context.Report(UnitProblemCode.Missing, UnitProblemSeverity.Error, application.LocationOf(node),
                    $"value file '{text}' of {context.Unit.Id} names the source '${refName}', but no source of the Application has ref: {refName}", "add ref: NAME to the source holding the values");
                fatal = true;
                return null;
            }

            var refUrl = referenced.GetString("repoURL");
            var relative = slash < 0 ? string.Empty : text[(slash + 1)..];
            var self = SelfRepository.Read(context.Repository.Workspace, context.Repository.Configuration);
            if (!self.IsSelf(refUrl, RepoPath.Normalize(relative) is { } p && context.Repository.FileExists(p)))
            {
                context.Report(UnitProblemCode.NotRenderableOffline, UnitProblemSeverity.Note, application.LocationOf(node),
                    $"value file '{text}' of {context.Unit.Id} is in {refUrl}, which is not this repository; the chart is rendered without it");
                return null;
            }

            path = RepoPath.Normalize(relative);
        }
        else
        {
            path = text.StartsWith('/') ? RepoPath.Normalize(text.TrimStart('/')) : RepoPath.Combine(sourceFolder, text);
        }

        if (path is null)
        {
            context.Report(UnitProblemCode.OutsideRepository, UnitProblemSeverity.Error, application.LocationOf(node),
                $"value file '{text}' of {context.Unit.Id} is outside the repository; it is never read", "keep value files inside the repository");
            fatal = true;
            return null;
        }

        if (!context.Repository.Workspace.FileExists(path))
        {
            if (ignoreMissing)
            {
                return null;
            }

            context.Report(UnitProblemCode.Missing, UnitProblemSeverity.Error, application.LocationOf(node),
                $"value file '{text}' of {context.Unit.Id} does not exist (looked for '{path}'); Argo CD fails to generate manifests",
                "fix the path (relative to the source path), or set ignoreMissingValueFiles: true");
            fatal = true;
            return null;
        }

        return path;
    }
}
