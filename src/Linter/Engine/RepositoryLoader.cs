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
        // Files are sorted already; each worker fills its own slots of one array, in contiguous ranges, so there is
        // no shared collection to contend on and the result keeps the sorted order.
        var options = parseOptions ?? YamlParseOptions.Default;
        var files = new SourceFile[allFiles.Count];
        if (files.Length > 0)
        {
            var ranges = System.Collections.Concurrent.Partitioner.Create(0, files.Length, Math.Max(64, (files.Length / (Environment.ProcessorCount * 4)) + 1));
            Parallel.ForEach(ranges, range =>
            {
                for (var i = range.Item1; i < range.Item2; i++)
                {
                    files[i] = LoadFile(workspace, classifier, allFiles[i], options);
                }
            });
        }

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

    private static SourceFile LoadFile(IWorkspace workspace, FileClassifier classifier, string path, YamlParseOptions options)
    {
        var role = classifier.Classify(path);
        if (role is FileRole.Other or FileRole.HelmTemplate)
        {
            return new SourceFile(path, role, null);
        }

        var size = workspace.GetFileSize(path);
        if (size > options.MaxFileBytes)
        {
            return new SourceFile(path, role, YamlParser.TooLarge(path, size, options));
        }

        var bytes = workspace.ReadFile(path);
        return new SourceFile(path, role, bytes is null ? null : YamlParser.Parse(path, bytes, options));
    }

    /// <summary>A document with apiVersion and kind, other than kustomize's own configuration.</summary>
    private static bool IsObject(YamlMapping root) =>
        root.GetString("apiVersion") is { Length: > 0 } apiVersion && root.GetString("kind") is { Length: > 0 }
        && !apiVersion.StartsWith("kustomize.config.k8s.io/", StringComparison.Ordinal);
}
