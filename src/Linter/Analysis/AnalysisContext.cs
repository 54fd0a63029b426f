namespace GitOpsLint.Analysis;

/// <summary>What an analyzer registers in <see cref="Analyzer.Initialize"/>: callbacks per file, per object of given kinds, and per repository.</summary>
public sealed class AnalysisContext
{
    private readonly List<Action<FileAnalysisContext>> fileActions = [];
    private readonly List<(Action<ObjectAnalysisContext> Action, IReadOnlySet<string> Kinds)> objectActions = [];
    private readonly List<Action<RepositoryAnalysisContext>> repositoryActions = [];

    internal IReadOnlyList<Action<FileAnalysisContext>> FileActions => fileActions;

    internal IReadOnlyList<(Action<ObjectAnalysisContext> Action, IReadOnlySet<string> Kinds)> ObjectActions => objectActions;

    internal IReadOnlyList<Action<RepositoryAnalysisContext>> RepositoryActions => repositoryActions;

    /// <summary>Called once for every repository file the linter classified (parsed YAML or not).</summary>
    public void RegisterFileAction(Action<FileAnalysisContext> action) => fileActions.Add(action);

    /// <summary>
    /// Called for every Kubernetes object whose kind is one of <paramref name="kinds"/> (all objects when none are
    /// given): objects written in the repository and, once rendering runs, objects rendered by units.
    /// A kind is matched as written (<c>Deployment</c>) or with its group (<c>apps/Deployment</c>).
    /// </summary>
    public void RegisterObjectAction(Action<ObjectAnalysisContext> action, params string[] kinds) =>
        objectActions.Add((action, new HashSet<string>(kinds, StringComparer.Ordinal)));

    /// <summary>Called once per run after everything else, with the whole repository (cross-object rules).</summary>
    public void RegisterRepositoryAction(Action<RepositoryAnalysisContext> action) => repositoryActions.Add(action);
}
