using GitOpsLint.Diagnostics;
using GitOpsLint.Model;
using GitOpsLint.Rendering.Provenance;
using GitOpsLint.Rendering.Units;
using GitOpsLint.Syntax;
using GitOpsLint.Workspace;

namespace GitOpsLint.Rendering.ArgoCD;

/// <summary>
/// An Argo CD directory source: every YAML and JSON document in the folder (and below it with <c>recurse</c>), filtered
/// by the <c>include</c> and <c>exclude</c> globs matched against the path relative to the folder. The objects are the
/// repository's documents themselves (<see cref="VerbatimOrigin"/>). A document that is not a Kubernetes object fails
/// the sync in Argo CD and is an error here.
/// </summary>
internal static class DirectorySource
{
    public static void Render(RenderContext context, KubeObject application, YamlMapping source, string folder)
    {
        var directory = source.GetMapping("directory");
        var recurse = directory?.GetValue("recurse") is YamlScalar { Resolved.Value: true };
        var include = directory?.GetString("include");
        var exclude = directory?.GetString("exclude");
        var jsonnetSkipped = false;
        foreach (var path in context.Repository.Workspace.ListFiles(folder))
        {
            var relative = folder.Length == 0 ? path : path[(folder.Length + 1)..];
            if (!recurse && relative.Contains('/'))
            {
                continue;
            }

            if (include is { Length: > 0 } && !GoGlob.Match(include, relative, starCrossesSlash: true)
                || exclude is { Length: > 0 } && GoGlob.Match(exclude, relative, starCrossesSlash: true))
            {
                continue;
            }

            var lower = path.ToLowerInvariant();
            if (lower.EndsWith(".jsonnet", StringComparison.Ordinal) || lower.EndsWith(".libsonnet", StringComparison.Ordinal))
            {
                if (!jsonnetSkipped)
                {
                    jsonnetSkipped = true;
                    context.Report(UnitProblemCode.Unsupported, UnitProblemSeverity.Note, Location.InFile(path), $"{context.Unit.Id} includes Jsonnet files, which are not evaluated offline; their objects are not checked");
                }

                continue;
            }

            if (lower.EndsWith(".yaml", StringComparison.Ordinal) || lower.EndsWith(".yml", StringComparison.Ordinal) || lower.EndsWith(".json", StringComparison.Ordinal))
            {
                AddFile(context, path);
            }
        }
    }

    private static void AddFile(RenderContext context, string path)
    {
        var yaml = context.Repository.GetFile(path)?.Yaml;
        if (yaml is null)
        {
            var bytes = context.Repository.Workspace.ReadFile(path);
            if (bytes is null)
            {
                return;
            }

            yaml = YamlParser.Parse(path, bytes);
        }

        if (yaml.Issues.FirstOrDefault(i => i.Kind is not SyntaxIssueKind.DuplicateKey) is { } issue)
        {
            context.Report(UnitProblemCode.RenderFailed, UnitProblemSeverity.Error, new Location(path, issue.Span),
                $"Argo CD cannot read '{path}' for {context.Unit.Id}: {issue.Message}", issue.Hint);
            return;
        }

        foreach (var document in yaml.Documents)
        {
            switch (document.Root)
            {
                case null:
                case YamlScalar { IsNull: true }:
                    continue;
                case YamlMapping root when root.GetString("apiVersion") is { Length: > 0 } apiVersion && root.GetString("kind") is { Length: > 0 }:
                    if (apiVersion.StartsWith("kustomize.config.k8s.io/", StringComparison.Ordinal))
                    {
                        continue;
                    }

                    var kubeObject = new KubeObject(document, root, new VerbatimOrigin(context.Unit.Chain, context.Unit.Id));
                    var text = yaml.Text.Text[document.Span.Start.Offset..Math.Min(document.Span.End.Offset, yaml.Text.Text.Length)];
                    context.Objects.Add(new RenderedObject(kubeObject, text, new SourcePoint(path, root.Span.Start.Line, root.Span.Start.Column)));
                    break;
                default:
                    context.Report(UnitProblemCode.RenderFailed, UnitProblemSeverity.Error, Location.Of(yaml, document.Root),
                        $"'{path}' holds a document that is not a Kubernetes object (no apiVersion or kind); Argo CD fails to sync {context.Unit.Id} on it",
                        "move non-manifest files out of the application folder, or exclude them with spec.source.directory.exclude");
                    break;
            }
        }
    }
}
