using GitOpsLint.Diagnostics;

namespace GitOpsLint.Analysis;

/// <summary>
/// A rule (or a tight family of rules), Roslyn style: it declares the descriptors it may report and registers
/// callbacks in <see cref="Initialize"/>. It never walks files itself, never prints, and never knows the output
/// format; the driver owns concurrency, configuration, suppression and reporting. Callbacks run concurrently, so an
/// analyzer keeps no mutable state outside the context it is given.
/// </summary>
public abstract class Analyzer
{
    public abstract IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics { get; }

    public abstract void Initialize(AnalysisContext context);

    /// <summary>A name for internal-error messages.</summary>
    public virtual string Name => GetType().Name;
}
