using GitOpsLint.Analysis;
using GitOpsLint.Diagnostics;

namespace GitOpsLint.Rules;

/// <summary>
/// Every built-in analyzer: each non-abstract <see cref="Analyzer"/> in this assembly with a public parameterless
/// constructor. Adding a rule is adding its file; nothing else lists rules.
/// </summary>
public static class BuiltInAnalyzers
{
    private static readonly Lazy<IReadOnlyList<Analyzer>> Instances = new(Create);

    public static IReadOnlyList<Analyzer> All => Instances.Value;

    /// <summary>Every descriptor of the built-in rules and the engine, by ID.</summary>
    public static IReadOnlyList<DiagnosticDescriptor> Descriptors =>
        All.SelectMany(a => a.SupportedDiagnostics).Concat(EngineDiagnostics.All).DistinctBy(d => d.Id).OrderBy(d => d.Id, StringComparer.Ordinal).ToArray();

    private static IReadOnlyList<Analyzer> Create() =>
        typeof(BuiltInAnalyzers).Assembly.GetTypes()
            .Where(t => t.IsSubclassOf(typeof(Analyzer)) && !t.IsAbstract && t.GetConstructor(Type.EmptyTypes) is not null)
            .OrderBy(t => t.FullName, StringComparer.Ordinal)
            .Select(t => (Analyzer)Activator.CreateInstance(t)!)
            .ToArray();
}
