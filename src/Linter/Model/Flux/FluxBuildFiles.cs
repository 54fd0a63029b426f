using GitOpsLint.Syntax;
using GitOpsLint.Workspace;

namespace GitOpsLint.Model.Flux;

/// <summary>
/// The repository files a Flux Kustomization's <c>path</c> builds from, found the way kustomize-controller finds them:
/// with a kustomization file, that file and its <c>resources</c>, <c>components</c> and <c>bases</c> (files and folders, recursively; patch files are not resources); without
/// one, every <c>.yaml</c>/<c>.yml</c> file below the folder, a sub-folder with its own kustomization file counting
/// as one kustomize resource. Remote resources are not followed.
/// </summary>
internal static class FluxBuildFiles
{
    public static readonly IReadOnlyList<string> KustomizationFileNames = ["kustomization.yaml", "kustomization.yml", "Kustomization"];

    /// <summary>The kustomization file in <paramref name="directory"/>, or null.</summary>
    public static string? KustomizationFileIn(Repository repository, string directory) =>
        KustomizationFileNames.Select(n => directory.Length == 0 ? n : directory + "/" + n).FirstOrDefault(repository.FileExists);

    public static IReadOnlyList<SourceFile> Collect(Repository repository, string directory)
    {
        var result = new List<SourceFile>();
        var visited = new HashSet<string>(StringComparer.Ordinal);
        if (KustomizationFileIn(repository, directory) is null)
        {
            CollectPlainFolder(repository, directory, result, visited);
        }
        else
        {
            CollectKustomizeFolder(repository, directory, result, visited);
        }

        return result;
    }

    private static void CollectPlainFolder(Repository repository, string directory, List<SourceFile> result, HashSet<string> visited)
    {
        var nested = new List<string>();
        foreach (var path in repository.AllFiles)
        {
            if (!RepoPath.IsUnder(path, directory) || path == directory)
            {
                continue;
            }

            // A sub-folder with its own kustomization file is one resource: kustomize builds it, the generator does not descend.
            var subFolder = NestedKustomizeFolder(repository, directory, path);
            if (subFolder is not null)
            {
                if (!nested.Contains(subFolder))
                {
                    nested.Add(subFolder);
                }

                continue;
            }

            var lower = path.ToLowerInvariant();
            if ((lower.EndsWith(".yaml", StringComparison.Ordinal) || lower.EndsWith(".yml", StringComparison.Ordinal)) && visited.Add(path)
                && repository.GetFile(path) is { } file)
            {
                result.Add(file);
            }
        }

        foreach (var folder in nested)
        {
            CollectKustomizeFolder(repository, folder, result, visited);
        }
    }

    private static string? NestedKustomizeFolder(Repository repository, string root, string path)
    {
        var directory = RepoPath.GetDirectory(path);
        string? outermost = null;
        while (directory.Length > root.Length && RepoPath.IsUnder(directory, root))
        {
            if (KustomizationFileIn(repository, directory) is not null)
            {
                outermost = directory;
            }

            directory = RepoPath.GetDirectory(directory);
        }

        return outermost;
    }

    private static void CollectKustomizeFolder(Repository repository, string directory, List<SourceFile> result, HashSet<string> visited)
    {
        if (KustomizationFileIn(repository, directory) is not { } kustomizationPath || !visited.Add(kustomizationPath))
        {
            return;
        }

        if (repository.GetFile(kustomizationPath) is not { } kustomization)
        {
            return;
        }

        result.Add(kustomization);
        if (kustomization.Yaml?.Documents.FirstOrDefault()?.Root is not YamlMapping root)
        {
            return;
        }

        var references = new[] { "resources", "components", "bases" }
            .SelectMany(key => root.GetSequence(key)?.Items ?? [])
            .OfType<YamlScalar>()
            .Select(s => s.Value);
        foreach (var reference in references)
        {
            if (reference.Contains("://", StringComparison.Ordinal) || reference.StartsWith("github.com/", StringComparison.Ordinal) || reference.Contains('\n'))
            {
                continue;
            }

            if (RepoPath.Combine(directory, reference) is not { } target)
            {
                continue;
            }

            if (repository.FileExists(target))
            {
                if (visited.Add(target) && repository.GetFile(target) is { } file)
                {
                    result.Add(file);
                }
            }
            else if (repository.DirectoryExists(target))
            {
                CollectKustomizeFolder(repository, target, result, visited);
            }
        }
    }
}
