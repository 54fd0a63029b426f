using GitOpsLint.Syntax;
using GitOpsLint.Workspace;

namespace GitOpsLint.Model.Helmfile;

/// <summary>
/// A typed view of a helmfile (<c>helmfile.yaml</c>, <c>helmfile.yaml.gotmpl</c>, <c>helmfile.d/*.yaml</c>): its
/// environments, repositories and releases across all of its <c>---</c>-separated parts.
/// </summary>
internal sealed class HelmfileFile
{
    private HelmfileFile(SourceFile file, YamlFile yaml)
    {
        File = file;
        Yaml = yaml;
        var environments = new List<HelmfileEnvironment>();
        var repositories = new List<HelmfileRepository>();
        var releases = new List<HelmfileRelease>();
        var parts = new List<YamlMapping>();
        foreach (var document in yaml.Documents)
        {
            if (document.Root is not YamlMapping root)
            {
                continue;
            }

            parts.Add(root);
            foreach (var entry in root.GetMapping("environments")?.Entries ?? [])
            {
                environments.Add(new HelmfileEnvironment(entry.KeyText, entry.Key, entry.Value as YamlMapping));
            }

            foreach (var item in root.GetSequence("repositories")?.Items ?? [])
            {
                if (item is YamlMapping mapping && mapping.GetValue("name") is YamlScalar { IsNull: false } name)
                {
                    repositories.Add(new HelmfileRepository(mapping, name));
                }
            }

            foreach (var item in root.GetSequence("releases")?.Items ?? [])
            {
                if (item is YamlMapping mapping)
                {
                    releases.Add(new HelmfileRelease(mapping));
                }
            }
        }

        Parts = parts;
        DeclaredEnvironments = environments;
        Repositories = repositories;
        Releases = releases;
    }

    public SourceFile File { get; }

    public YamlFile Yaml { get; }

    /// <summary>The folder relative paths in the helmfile resolve against.</summary>
    public string Directory => RepoPath.GetDirectory(File.Path);

    /// <summary>The root mapping of each <c>---</c>-separated part.</summary>
    public IReadOnlyList<YamlMapping> Parts { get; }

    public IReadOnlyList<HelmfileEnvironment> DeclaredEnvironments { get; }

    /// <summary>The environments a release can be rendered for: the declared ones, or helmfile's <c>default</c>.</summary>
    public IReadOnlyList<string> EnvironmentNames =>
        DeclaredEnvironments.Count > 0 ? DeclaredEnvironments.Select(e => e.Name).Distinct(StringComparer.Ordinal).ToArray() : [HelmfileEnvironment.DefaultName];

    public IReadOnlyList<HelmfileRepository> Repositories { get; }

    public IReadOnlyList<HelmfileRelease> Releases { get; }

    /// <summary>Whether the file uses <c>bases:</c>, which can declare environments this file does not show.</summary>
    public bool HasBases => Parts.Any(p => p.ContainsKey("bases"));

    public static HelmfileFile? From(SourceFile file) =>
        file.Role == FileRole.Helmfile && file.Yaml is { } yaml ? new HelmfileFile(file, yaml) : null;
}
