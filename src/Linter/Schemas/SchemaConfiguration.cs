using GitOpsLint.Configuration;
using GitOpsLint.Diagnostics;
using GitOpsLint.Syntax;
using GitOpsLint.Workspace;

namespace GitOpsLint.Schemas;

/// <summary>
/// The <c>schemas:</c> section of .gitopslint.yaml: a list of repository-relative paths, each a folder or a file of
/// imported schema bundles (<c>gitopslint schema import</c> output, with or without <c>index.json</c>) or of raw
/// CustomResourceDefinition YAML. Earlier entries win over later ones, and all of them over the shipped schemas.
/// <code>
/// schemas:
///   - schemas/crds          # CRD YAML or imported bundles
///   - vendor/cert-manager.crds.yaml
/// </code>
/// </summary>
internal static class SchemaConfiguration
{
    public const string SectionName = "schemas";

    /// <summary>The configured sources in order, and what could not be read (with the configuration location).</summary>
    public static (IReadOnlyList<ISchemaSource> Sources, IReadOnlyList<(Location Location, string Message)> Problems) Read(LintConfiguration configuration, IWorkspace workspace)
    {
        var sources = new List<ISchemaSource>();
        var problems = new List<(Location, string)>();
        var section = configuration.Root?.GetValue(SectionName);
        if (section is null || section is YamlScalar { IsNull: true })
        {
            return (sources, problems);
        }

        var configPath = configuration.Path ?? ".gitopslint.yaml";
        if (section is not YamlSequence list)
        {
            problems.Add((new Location(configPath, section.Span, section.Pointer), "`schemas` must be a list of folders or files (repository-relative paths)"));
            return (sources, problems);
        }

        foreach (var item in list.Items)
        {
            var location = new Location(configPath, item.Span, item.Pointer);
            if (item is not YamlScalar { IsNull: false } scalar || RepoPath.Normalize(scalar.Value) is not { } path)
            {
                problems.Add((location, "each `schemas` entry must be a repository-relative path inside the repository"));
                continue;
            }

            try
            {
                if (workspace.FileExists(path))
                {
                    sources.Add(ReadFiles(path, [path], workspace));
                }
                else if (workspace.DirectoryExists(path))
                {
                    sources.Add(workspace.FileExists(path + "/" + SchemaImporter.IndexFileName)
                        ? new IndexedSchemaSource(path, name => workspace.ReadFile(path + "/" + name) is { } bytes ? System.Text.Encoding.UTF8.GetString(bytes) : null)
                        : ReadFiles(path, workspace.ListFiles(path), workspace));
                }
                else
                {
                    problems.Add((location, $"`{path}` does not exist; create it or remove the entry"));
                }
            }
            catch (Exception exception) when (exception is InvalidDataException or System.Text.Json.JsonException or FormatException)
            {
                problems.Add((location, $"schemas in `{path}` could not be read: {exception.Message}"));
            }
        }

        return (sources, problems);
    }

    private static BundleSchemaSource ReadFiles(string displayName, IEnumerable<string> files, IWorkspace workspace)
    {
        var bundles = new List<SchemaBundle>();
        var crds = new List<SchemaInput>();
        foreach (var file in files)
        {
            if (file.EndsWith("/" + SchemaImporter.IndexFileName, StringComparison.Ordinal) || workspace.ReadFile(file) is not { } bytes)
            {
                continue;
            }

            if (file.EndsWith(".json", StringComparison.OrdinalIgnoreCase) && System.Text.Encoding.UTF8.GetString(bytes).Contains(SchemaBundle.FormatId, StringComparison.Ordinal))
            {
                bundles.Add(SchemaBundle.Parse(System.Text.Encoding.UTF8.GetString(bytes), file));
            }
            else if (file.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) || file.EndsWith(".yml", StringComparison.OrdinalIgnoreCase) || file.EndsWith(".json", StringComparison.OrdinalIgnoreCase))
            {
                crds.Add(new SchemaInput(file, bytes));
            }
        }

        bundles.AddRange(SchemaImporter.Build(crds, out _).Values);
        return new BundleSchemaSource(displayName, bundles);
    }
}
