using GitOpsLint.Model.References;
using GitOpsLint.Syntax;
using GitOpsLint.Workspace;

namespace GitOpsLint.Model.Helm;

/// <summary>An entry of Chart.yaml <c>dependencies</c>.</summary>
public sealed record ChartDependency(YamlMapping Node, LocatedString? Name, LocatedString? Alias, LocatedString? Repository, LocatedString? Condition)
{
    /// <summary>The name the subchart's values live under in the parent's values: the alias, else the name.</summary>
    public string? ValuesKey => Alias?.Value ?? Name?.Value;

    /// <summary>For a <c>file://</c> repository, the subchart folder (repository path, from <paramref name="chartDirectory"/>); null otherwise or when it escapes the root.</summary>
    public string? LocalDirectory(string chartDirectory) =>
        Repository?.Value is { } repository && repository.StartsWith("file://", StringComparison.Ordinal)
            ? RepoPath.Combine(chartDirectory, repository["file://".Length..])
            : null;
}
