using GitOpsLint.Model.References;
using GitOpsLint.Syntax;
using GitOpsLint.Workspace;

namespace GitOpsLint.Model.Kustomize;

/// <summary>
/// A typed view of a kustomize <c>kustomization.yaml</c> (or <c>Kustomization</c> of kind Component): the files and
/// folders it reads, with where each is written. Paths are relative to the kustomization's folder.
/// </summary>
public sealed class Kustomization
{
    private Kustomization(string path, YamlMapping root)
    {
        Path = path;
        Directory = RepoPath.GetDirectory(path);
        Root = root;
        Kind = root.GetString("kind") ?? "Kustomization";
        References = CollectReferences(root);
    }

    /// <summary>The view of a kustomization file, or null when the file is not one (no YAML, or a Flux Kustomization object in a file named kustomization.yaml).</summary>
    public static Kustomization? From(SourceFile file)
    {
        if (file.Role != FileRole.KustomizeConfig || file.Yaml?.Documents.FirstOrDefault()?.Root is not YamlMapping root)
        {
            return null;
        }

        var apiVersion = root.GetString("apiVersion");
        return apiVersion is null || apiVersion.StartsWith("kustomize.config.k8s.io/", StringComparison.Ordinal) ? new Kustomization(file.Path, root) : null;
    }

    public string Path { get; }

    /// <summary>The folder paths in the kustomization are relative to.</summary>
    public string Directory { get; }

    public YamlMapping Root { get; }

    /// <summary><c>Kustomization</c> or <c>Component</c>.</summary>
    public string Kind { get; }

    public IReadOnlyList<KustomizeFileReference> References { get; }

    /// <summary>Whether <paramref name="value"/> is a remote target (git URL, <c>github.com/org/repo//path?ref=v1</c>, HTTP file).</summary>
    public static bool IsRemote(string value) =>
        value.Contains("://", StringComparison.Ordinal) || value.StartsWith("github.com/", StringComparison.Ordinal)
        || value.StartsWith("gitlab.com/", StringComparison.Ordinal) || value.StartsWith("bitbucket.org/", StringComparison.Ordinal)
        || value.StartsWith("git@", StringComparison.Ordinal) || value.StartsWith("git::", StringComparison.Ordinal)
        || value.Contains("?ref=", StringComparison.Ordinal) || value.Contains("?version=", StringComparison.Ordinal);

    /// <summary>Whether a list entry is inline YAML rather than a path (patchesStrategicMerge, generators, transformers accept both).</summary>
    private static bool IsInline(string value) => value.Contains('\n') || value.TrimStart().StartsWith("apiVersion:", StringComparison.Ordinal);

    private static IReadOnlyList<KustomizeFileReference> CollectReferences(YamlMapping root)
    {
        var references = new List<KustomizeFileReference>();

        void AddList(string key, KustomizeField field, bool mayBeDirectory, bool mustBeDirectory)
        {
            foreach (var item in LocatedString.ListFrom(root, key).Where(i => !IsInline(i.Value)))
            {
                references.Add(new KustomizeFileReference(field, item, mayBeDirectory, mustBeDirectory));
            }
        }

        void AddPaths(string key, KustomizeField field)
        {
            foreach (var item in (root.GetSequence(key)?.Items ?? []).OfType<YamlMapping>())
            {
                if (LocatedString.From(item, "path") is { } path)
                {
                    references.Add(new KustomizeFileReference(field, path, false, false));
                }
            }
        }

        AddList("resources", KustomizeField.Resources, true, false);
        AddList("components", KustomizeField.Components, true, true);
        AddList("bases", KustomizeField.Bases, true, true);
        AddList("patchesStrategicMerge", KustomizeField.PatchesStrategicMerge, false, false);
        AddList("crds", KustomizeField.Crds, false, false);
        AddList("configurations", KustomizeField.Configurations, false, false);
        AddList("generators", KustomizeField.Generators, true, false);
        AddList("transformers", KustomizeField.Transformers, true, false);
        AddList("validators", KustomizeField.Validators, true, false);
        AddPaths("patches", KustomizeField.Patches);
        AddPaths("patchesJson6902", KustomizeField.PatchesJson6902);
        AddPaths("replacements", KustomizeField.Replacements);
        if (LocatedString.From(root.GetMapping("openapi"), "path") is { } openApi)
        {
            references.Add(new KustomizeFileReference(KustomizeField.OpenApi, openApi, false, false));
        }

        AddGeneratorFiles(root, "configMapGenerator", KustomizeField.ConfigMapGenerator, references);
        AddGeneratorFiles(root, "secretGenerator", KustomizeField.SecretGenerator, references);
        return references;
    }

    /// <summary>files (<c>path</c> or <c>key=path</c>), envs and env of each generator.</summary>
    private static void AddGeneratorFiles(YamlMapping root, string key, KustomizeField field, List<KustomizeFileReference> references)
    {
        foreach (var generator in (root.GetSequence(key)?.Items ?? []).OfType<YamlMapping>())
        {
            foreach (var file in LocatedString.ListFrom(generator, "files"))
            {
                var equals = file.Value.IndexOf('=');
                var path = equals < 0 ? file.Value : file.Value[(equals + 1)..];
                references.Add(new KustomizeFileReference(field, file with { Value = path }, false, false));
            }

            foreach (var env in LocatedString.ListFrom(generator, "envs"))
            {
                references.Add(new KustomizeFileReference(field, env, false, false));
            }

            if (LocatedString.From(generator, "env") is { } single)
            {
                references.Add(new KustomizeFileReference(field, single, false, false));
            }
        }
    }
}
