using System.Collections.Concurrent;
using GitOpsLint.Configuration;
using GitOpsLint.Model;
using GitOpsLint.Syntax;
using GitOpsLint.Workspace;

namespace GitOpsLint.Engine;

/// <summary>Discovers, classifies and parses the repository's files (in parallel) and collects its Kubernetes objects.</summary>
public static class RepositoryLoader
{
    public static Repository Load(IWorkspace workspace, LintConfiguration configuration, YamlParseOptions? parseOptions = null)
    {
        var allFiles = FileDiscovery.Discover(workspace, configuration);
        var classifier = new FileClassifier(allFiles);
        var parsed = new ConcurrentDictionary<string, SourceFile>(StringComparer.Ordinal);
        Parallel.ForEach(allFiles, path =>
        {
            var role = classifier.Classify(path);
            if (role is FileRole.Other or FileRole.HelmTemplate)
            {
                parsed[path] = new SourceFile(path, role, null);
                return;
            }

            var options = parseOptions ?? YamlParseOptions.Default;
            var size = workspace.GetFileSize(path);
            if (size > options.MaxFileBytes)
            {
                parsed[path] = new SourceFile(path, role, YamlParser.TooLarge(path, size, options));
                return;
            }

            var bytes = workspace.ReadFile(path);
            parsed[path] = new SourceFile(path, role, bytes is null ? null : YamlParser.Parse(path, bytes, options));
        });

        var files = parsed.Values.OrderBy(f => f.Path, StringComparer.Ordinal).ToArray();
        var objects = new List<KubeObject>();
        foreach (var file in files)
        {
            if (file.Yaml is null || file.Role is not (FileRole.Manifests or FileRole.KustomizeConfig))
            {
                continue;
            }

            foreach (var document in file.Yaml.Documents)
            {
                if (document.Root is YamlMapping root && IsObject(root))
                {
                    objects.Add(new KubeObject(document, root, SourceOrigin.Instance));
                }
            }
        }

        return new Repository(workspace, configuration, allFiles, files, objects);
    }

    /// <summary>A document with apiVersion and kind, other than kustomize's own configuration.</summary>
    private static bool IsObject(YamlMapping root) =>
        root.GetString("apiVersion") is { Length: > 0 } apiVersion && root.GetString("kind") is { Length: > 0 }
        && !apiVersion.StartsWith("kustomize.config.k8s.io/", StringComparison.Ordinal);
}
