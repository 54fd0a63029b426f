using GitOpsLint.Workspace;

namespace GitOpsLint.Model;

/// <summary>Decides a file's <see cref="FileRole"/> from its path and the charts around it.</summary>
public sealed class FileClassifier
{
    private readonly HashSet<string> chartDirectories;

    public FileClassifier(IEnumerable<string> allFiles)
    {
        chartDirectories = new HashSet<string>(
            allFiles.Where(f => RepoPath.GetFileName(f) == "Chart.yaml").Select(RepoPath.GetDirectory),
            StringComparer.Ordinal);
    }

    public IReadOnlyCollection<string> ChartDirectories => chartDirectories;

    public FileRole Classify(string path)
    {
        var name = RepoPath.GetFileName(path);
        var lower = name.ToLowerInvariant();
        if (lower is ".gitopslint.yaml" or ".gitopslint.yml")
        {
            return FileRole.LinterConfig;
        }

        if (path.StartsWith(".github/", StringComparison.Ordinal) || lower is ".gitlab-ci.yml" or ".pre-commit-config.yaml" or ".pre-commit-hooks.yaml" or ".sops.yaml" or ".yamllint" or ".yamllint.yaml"
            || path.StartsWith(".gitlab/", StringComparison.Ordinal))
        {
            return FileRole.CiConfig;
        }

        if (lower is "chart.yaml" or "chart.lock" or "requirements.yaml" or "requirements.lock")
        {
            return FileRole.ChartMetadata;
        }

        if (IsInChartTemplates(path))
        {
            return FileRole.HelmTemplate;
        }

        var isYaml = lower.EndsWith(".yaml", StringComparison.Ordinal) || lower.EndsWith(".yml", StringComparison.Ordinal);
        if (name is "kustomization.yaml" or "kustomization.yml" or "Kustomization")
        {
            return FileRole.KustomizeConfig;
        }

        // helmfile's own names only: an Argo CD Application saved as helmfile-app.yaml is a manifest.
        if (lower is "helmfile.yaml" or "helmfile.yml" or "helmfile.yaml.gotmpl" or "helmfile.gotmpl"
            || path.Contains("/helmfile.d/", StringComparison.Ordinal) || path.StartsWith("helmfile.d/", StringComparison.Ordinal))
        {
            return FileRole.Helmfile;
        }

        if (!isYaml)
        {
            return FileRole.Other;
        }

        if (IsValuesFileName(lower) || IsInChartRoot(path) && lower != "values.schema.json")
        {
            return FileRole.HelmValues;
        }

        return FileRole.Manifests;
    }

    /// <summary>values.yaml, values-prod.yaml, prod-values.yaml, prod.values.yaml, values/prod.yaml ...</summary>
    private static bool IsValuesFileName(string lowerName) =>
        lowerName.StartsWith("values", StringComparison.Ordinal) || lowerName.Contains("-values.", StringComparison.Ordinal)
        || lowerName.Contains("_values.", StringComparison.Ordinal) || lowerName.Contains(".values.", StringComparison.Ordinal);

    private bool IsInChartRoot(string path) => chartDirectories.Contains(RepoPath.GetDirectory(path));

    private bool IsInChartTemplates(string path)
    {
        var directory = RepoPath.GetDirectory(path);
        while (directory.Length > 0)
        {
            var name = RepoPath.GetFileName(directory);
            var parent = RepoPath.GetDirectory(directory);
            if (name == "templates" && chartDirectories.Contains(parent))
            {
                return true;
            }

            directory = parent;
        }

        return false;
    }
}
